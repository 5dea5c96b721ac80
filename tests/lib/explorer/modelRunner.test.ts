import { describe, expect, it } from 'vitest';
import { ModelRunner, ModelService, type FromWorker, type ToWorker, type WorkerPort } from '../../../src/lib/explorer/modelRunner.ts';
import { defaultScenario, runModel } from '../../../src/lib/model/index.ts';
import { syntheticModelInputs } from '../../fixtures/modelInputs.ts';

const inputs = syntheticModelInputs();
const INCIDENT = 'alpha-2025';

/**
 * A worker stand-in that runs a ModelService in the same thread, copying every message with
 * structuredClone as postMessage does. `hold` keeps answers back until `release()`; `fail()` fires the
 * worker's error event, as a worker that could not load does.
 */
class FakeWorker implements WorkerPort {
	readonly service = new ModelService();
	readonly sent: ToWorker[] = [];
	readonly #onMessage: ((e: { data: FromWorker }) => void)[] = [];
	readonly #onError: (() => void)[] = [];
	readonly #held: FromWorker[] = [];
	terminated = false;

	constructor(private readonly hold = false) {}

	postMessage(message: ToWorker): void {
		const copy = structuredClone(message);
		this.sent.push(copy);
		const answer = this.service.handle(copy);
		if (!answer) return;
		if (this.hold) this.#held.push(structuredClone(answer));
		else queueMicrotask(() => this.#deliver(structuredClone(answer)));
	}

	addEventListener(type: 'message' | 'error' | 'messageerror', listener: ((e: { data: FromWorker }) => void) | (() => void)): void {
		if (type === 'message') this.#onMessage.push(listener as (e: { data: FromWorker }) => void);
		else this.#onError.push(listener as () => void);
	}

	terminate(): void {
		this.terminated = true;
	}

	/** Sends the held answers, last asked first. */
	release(): void {
		for (const a of this.#held.splice(0).reverse()) this.#deliver(a);
	}

	fail(): void {
		for (const l of this.#onError) l();
	}

	#deliver(answer: FromWorker): void {
		for (const l of this.#onMessage) l({ data: answer });
	}
}

describe('ModelService (the worker side)', () => {
	it('answers a run with exactly what runModel gives on the main thread, and the answer survives postMessage', () => {
		const service = new ModelService();
		const scenario = defaultScenario(inputs, INCIDENT);
		expect(service.handle({ type: 'inputs', inputs })).toBeUndefined();
		const answer = service.handle({ type: 'run', id: 7, scenario });
		expect(answer).toEqual({ type: 'result', id: 7, result: runModel(inputs, scenario) });
		expect(structuredClone(answer)).toEqual(answer);
	});

	it('reports a failed run with its id instead of throwing inside the worker', () => {
		const service = new ModelService();
		const scenario = defaultScenario(inputs, INCIDENT);
		expect(service.handle({ type: 'run', id: 1, scenario })).toEqual({ type: 'failed', id: 1, message: 'no model inputs yet' });
		service.handle({ type: 'inputs', inputs });
		const answer = service.handle({ type: 'run', id: 2, scenario: { ...scenario, incident: 'nowhere' } });
		expect(answer).toMatchObject({ type: 'failed', id: 2 });
		expect((answer as { message: string }).message).toContain('nowhere');
	});
});

describe('ModelRunner (the page side)', () => {
	it('sends the inputs once, then answers each run with the full-draw result of the scenario as it was when asked', async () => {
		const worker = new FakeWorker();
		const runner = new ModelRunner(inputs, () => worker);
		expect(runner.offMainThread).toBe(true);
		const scenario = defaultScenario(inputs, INCIDENT);
		const expected = runModel(inputs, scenario);

		const pending = runner.run(scenario);
		scenario.values.arpu += 5_000; // the reader moves on before the answer comes back
		expect(await pending).toEqual(expected);
		expect(worker.sent.map((m) => m.type)).toEqual(['inputs', 'run']);
		expect((await pending).draws).toBe(10_000);
	});

	it('matches answers to runs by id when they come back out of order', async () => {
		const worker = new FakeWorker(true);
		const runner = new ModelRunner(inputs, () => worker);
		const a = defaultScenario(inputs, INCIDENT);
		const b = structuredClone(a);
		b.values.arpu += 10_000;
		const [ra, rb] = [runner.run(a), runner.run(b)];
		worker.release();
		expect(await ra).toEqual(runModel(inputs, a));
		expect(await rb).toEqual(runModel(inputs, b));
		expect((await ra).totals).not.toEqual((await rb).totals);
	});

	it('runs on the main thread when no worker starts, or when starting one throws', async () => {
		const scenario = defaultScenario(inputs, INCIDENT);
		for (const start of [() => undefined, () => { throw new Error('blocked by policy'); }]) {
			const runner = new ModelRunner(inputs, start);
			expect(runner.offMainThread).toBe(false);
			expect(await runner.run(scenario)).toEqual(runModel(inputs, scenario));
		}
	});

	it('when the worker fails, answers what it owed and every later run on the main thread', async () => {
		const worker = new FakeWorker(true);
		const runner = new ModelRunner(inputs, () => worker);
		const scenario = defaultScenario(inputs, INCIDENT);
		const expected = runModel(inputs, scenario);
		const owed = runner.run(scenario);
		scenario.values.arpu += 5_000; // changed after asking: the owed run is still the one asked for
		worker.fail();
		expect(worker.terminated).toBe(true);
		expect(runner.offMainThread).toBe(false);
		expect(await owed).toEqual(expected);
		const sentBefore = worker.sent.length;
		expect(await runner.run(scenario)).toEqual(runModel(inputs, scenario));
		expect(worker.sent.length).toBe(sentBefore);
	});

	it('rejects a run the worker reports as failed, naming the reason', async () => {
		const worker = new FakeWorker();
		const runner = new ModelRunner(inputs, () => worker);
		await expect(runner.run({ ...defaultScenario(inputs, INCIDENT), incident: 'nowhere' })).rejects.toThrow(/model run failed: .*nowhere/);
	});
});
