/**
 * Benchmark of one full model recompute (deterministic pass, bounding cases, 10,000-draw Monte
 * Carlo, tornado, normalisation, reconciliation) for each incident, the work a slider move
 * triggers in the reader's browser. Timings are reported, never asserted.
 *
 * `node_modules/.bin/node tests/bench/model.ts` prints the figures; `npm run bench` calls benchModel().
 */
import { pathToFileURL } from 'node:url';
import { loadSourceIds } from '../../src/lib/data/loadDataset.ts';
import { loadModelData } from '../../src/lib/data/loadModelData.ts';
import { formatIssue, type DataIssue } from '../../src/lib/data/DataValidationError.ts';
import { DEFAULT_DRAWS, defaultScenario, runModel, toModelInputs, type ModelInputs, type Scenario } from '../../src/lib/model/index.ts';
import { quantile } from './quantile.ts';

const WARM_UP_RUNS = 30;
const TIMED_RUNS = 200;

function loadInputs(): ModelInputs {
	const issues: DataIssue[] = [];
	const data = loadModelData('data', process.cwd(), loadSourceIds(), issues);
	if (!data) throw new Error(`data/model is invalid:\n${issues.map(formatIssue).join('\n')}`);
	return toModelInputs(data);
}

interface Timing {
	medianMs: number;
	p95Ms: number;
	runs: number;
}

export interface ModelBench extends Timing {
	/** Monte Carlo draws per run. */
	draws: number;
	/** Slider moves: one parameter changes between runs, so only its draws are resampled. */
	perIncident: ({ incident: string } & Timing)[];
	/**
	 * Switches: the incident alternates every run (as when a reader changes incident or package),
	 * so every parameter's distribution changes and all its draws are recomputed.
	 */
	switches: Timing;
}

function timing(times: number[]): Timing {
	const sorted = [...times].sort((a, b) => a - b);
	return { medianMs: quantile(sorted, 0.5), p95Ms: quantile(sorted, 0.95), runs: sorted.length };
}

/** Times TIMED_RUNS recomputes after WARM_UP_RUNS untimed ones, each from the next scenario. */
function timeRuns(inputs: ModelInputs, next: (i: number) => Scenario): number[] {
	const times: number[] = [];
	for (let i = 0; i < WARM_UP_RUNS + TIMED_RUNS; i++) {
		const scenario = next(i);
		const t0 = performance.now();
		runModel(inputs, scenario);
		const ms = performance.now() - t0;
		if (i >= WARM_UP_RUNS) times.push(ms);
	}
	return times;
}

/** A slider move: ARPU nudged, everything else as before. */
function sliderMoves(inputs: ModelInputs, incident: string): (i: number) => Scenario {
	const scenario = defaultScenario(inputs, incident);
	const base = scenario.values.arpu;
	return (i) => {
		scenario.values.arpu = base + (i % 10);
		return scenario;
	};
}

/**
 * Full recomputes — deterministic pass, bounding cases, tornado, 10,000-draw Monte Carlo,
 * percentiles, normalisation and reconciliation — as slider moves (the headline figures) and as
 * incident switches.
 */
export async function benchModel(): Promise<ModelBench> {
	const inputs = loadInputs();
	const perIncident = inputs.incidents.map((inc) => ({ incident: inc.id, ...timing(timeRuns(inputs, sliderMoves(inputs, inc.id))) }));
	const slider = perIncident.flatMap((p) => timeRuns(inputs, sliderMoves(inputs, p.incident)));
	const defaults = inputs.incidents.map((inc) => defaultScenario(inputs, inc.id));
	const switches = timeRuns(inputs, (i) => defaults[i % defaults.length]!);
	return { ...timing(slider), draws: DEFAULT_DRAWS, perIncident, switches: timing(switches) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const r = await benchModel();
	for (const p of r.perIncident) {
		console.log(`${p.incident}: median ${p.medianMs.toFixed(2)} ms, p95 ${p.p95Ms.toFixed(2)} ms over ${p.runs} runs`);
	}
	console.log(`slider moves, all incidents: median ${r.medianMs.toFixed(2)} ms, p95 ${r.p95Ms.toFixed(2)} ms over ${r.runs} runs of ${r.draws} draws`);
	console.log(`incident switches: median ${r.switches.medianMs.toFixed(2)} ms, p95 ${r.switches.p95Ms.toFixed(2)} ms over ${r.switches.runs} runs`);
}
