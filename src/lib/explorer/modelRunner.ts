// Ships to the browser: runs the explorer's full-draw model off the main thread, in a worker.
import { runModel, type ModelInputs, type ModelResult, type Scenario } from '../model/index.ts';

/**
 * What the page sends the worker: the model's inputs once, then one scenario per run. Both are plain
 * data, copied by postMessage, so a scenario the reader changes afterwards does not change a run
 * already sent.
 */
export type ToWorker = { type: 'inputs'; inputs: ModelInputs } | { type: 'run'; id: number; scenario: Scenario };
export type FromWorker = { type: 'result'; id: number; result: ModelResult } | { type: 'failed'; id: number; message: string };

/** The worker's side, without the worker: keeps the inputs and answers each run. */
export class ModelService {
	#inputs: ModelInputs | undefined;

	/** The answer to one message, or undefined when there is nothing to send back. */
	handle(message: ToWorker): FromWorker | undefined {
		if (message.type === 'inputs') {
			this.#inputs = message.inputs;
			return undefined;
		}
		try {
			if (!this.#inputs) throw new Error('no model inputs yet');
			return { type: 'result', id: message.id, result: runModel(this.#inputs, message.scenario) };
		} catch (e) {
			return { type: 'failed', id: message.id, message: e instanceof Error ? e.message : String(e) };
		}
	}
}

/** The part of a Worker the runner uses, so tests can hand it a stand-in. */
export interface WorkerPort {
	postMessage(message: ToWorker): void;
	addEventListener(type: 'message', listener: (e: { data: FromWorker }) => void): void;
	addEventListener(type: 'error' | 'messageerror', listener: () => void): void;
	terminate(): void;
}

/**
 * Runs the full-draw model (10,000 draws) for the explorer's settle. On the main thread one such run
 * is a task of about 10 ms on a laptop, but the first one, before the code is compiled, took 260-370 ms
 * at 4x CPU slowdown; a key pressed meanwhile waited for all of it. In a worker the page stays free
 * for the reader's next key. Where no worker starts (an old browser, a policy that forbids it) or
 * the worker fails, the same run happens on the main thread, as before.
 */
export class ModelRunner {
	readonly #inputs: ModelInputs;
	#worker: WorkerPort | undefined;
	#nextId = 0;
	readonly #pending = new Map<number, { scenario: Scenario; resolve: (r: ModelResult) => void; reject: (e: Error) => void }>();

	constructor(inputs: ModelInputs, startWorker: () => WorkerPort | undefined) {
		this.#inputs = inputs;
		try {
			this.#worker = startWorker();
		} catch {
			this.#worker = undefined;
		}
		if (!this.#worker) return;
		this.#worker.addEventListener('message', (e) => this.#answer(e.data));
		this.#worker.addEventListener('error', () => this.#fallBack());
		this.#worker.addEventListener('messageerror', () => this.#fallBack());
		this.#worker.postMessage({ type: 'inputs', inputs });
	}

	/** True while runs go to the worker. */
	get offMainThread(): boolean {
		return this.#worker !== undefined;
	}

	/** The full-draw result for `scenario`, as it is now. */
	run(scenario: Scenario): Promise<ModelResult> {
		if (!this.#worker) return Promise.resolve().then(() => runModel(this.#inputs, scenario));
		const id = ++this.#nextId;
		// A copy, so the main-thread fallback runs the scenario as it was when asked, like the worker.
		const asked = structuredClone(scenario);
		return new Promise((resolve, reject) => {
			this.#pending.set(id, { scenario: asked, resolve, reject });
			this.#worker!.postMessage({ type: 'run', id, scenario: asked });
		});
	}

	#answer(message: FromWorker): void {
		const waiting = this.#pending.get(message.id);
		if (!waiting) return;
		this.#pending.delete(message.id);
		if (message.type === 'result') waiting.resolve(message.result);
		else waiting.reject(new Error(`model run failed: ${message.message}`));
	}

	/** The worker is gone: answer what it owed on the main thread, and every later run there too. */
	#fallBack(): void {
		this.#worker?.terminate();
		this.#worker = undefined;
		const owed = [...this.#pending.values()];
		this.#pending.clear();
		for (const { scenario, resolve, reject } of owed) {
			try {
				resolve(runModel(this.#inputs, scenario));
			} catch (e) {
				reject(e instanceof Error ? e : new Error(String(e)));
			}
		}
	}
}
