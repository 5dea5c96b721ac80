// Ships to the browser: the cost-model runs the model charts draw — the default run per incident,
// each run's incident name and colour, and the sources behind a run's parameters.
import type { ModelData } from '../../schemas/modelData.ts';
import type { Locale } from '../../lib/format/locale.ts';
import {
	MODEL_INPUTS_VERSION,
	PARAMETER_SPECS,
	componentSpec,
	defaultScenario,
	runModel,
	toModelInputs,
	type ComponentId,
	type ModelInputs,
	type ModelResult,
	type Stats,
	type ParamKey,
	type RunOptions,
} from '../../lib/model/index.ts';
import type { ChartContext, ChartSpec } from './types.ts';
import { seriesColor } from './palette.ts';

/** One model run's incident as the charts show it: its name and its colour index in the data's order. */
export interface RunInfo {
	result: ModelResult;
	incidentId: string;
	incident: string;
	index: number;
}

/** Name and colour index of each result's incident; the index is the incident's place in the data, so colours match the site. */
export function runInfo(results: readonly ModelResult[], inputs: ModelInputs, locale: Locale): RunInfo[] {
	return results.map((result, i) => {
		const at = inputs.incidents.findIndex((inc) => inc.id === result.incident);
		const inc = inputs.incidents[at];
		return { result, incidentId: result.incident, incident: inc ? inc.shortName[locale] : result.incident, index: at >= 0 ? at : i };
	});
}

/** Colour key: one entry per run, in the order given. */
export function modelLegend(runs: readonly RunInfo[]): { label: string; color: string }[] {
	return runs.map((r) => ({ label: r.incident, color: seriesColor(r.index) }));
}

const GROUP_OF = new Map<string, string>(PARAMETER_SPECS.map((s) => [s.key, s.group]));

/** Sources behind parameter `key` for a run: the package's incident supplies package parameters. */
export function paramSources(inputs: ModelInputs, result: ModelResult, key: ParamKey): string[] {
	const from = GROUP_OF.get(key) === 'package' ? result.packageFrom : result.incident;
	return inputs.parameters.find((p) => p.key === key)?.values[from]?.sources ?? [];
}

/** Sources behind every parameter a component's formula reads. */
export function componentSources(inputs: ModelInputs, result: ModelResult, id: ComponentId): string[] {
	return componentSpec(id).params.flatMap((k) => paramSources(inputs, result, k));
}

/** A model chart: results already computed (one per incident, in incident order) plus the inputs for labels and sources. */
export type ModelChartFn<Row> = (results: readonly ModelResult[], inputs: ModelInputs, ctx: ChartContext) => ChartSpec<Row>;

/** Every incident's real package at default settings, in the inputs' incident order. */
export function defaultResults(inputs: ModelInputs, options?: RunOptions): ModelResult[] {
	return inputs.incidents.map((inc) => runModel(inputs, defaultScenario(inputs, inc.id), options));
}

const NO_INPUTS: ModelInputs = {
	version: MODEL_INPUTS_VERSION,
	incidents: [],
	parameters: [],
	reconciliation: [],
	tieOut: { reported: [], phasing: [] },
	usd: { rateId: '', krwPerUsd: 1, period: '', description: { ko: '', en: '' }, sources: [] },
};

// The build draws each chart for two locales and several pages; the run depends only on the data.
const cache = new WeakMap<ModelData, { inputs: ModelInputs; results: ModelResult[] }>();

/** A model chart from validated data: its `empty` when the data has no model. */
export function modelChart<Row>(model: ModelData | undefined, chart: ModelChartFn<Row>, ctx: ChartContext): ChartSpec<Row> {
	if (!model) return chart([], NO_INPUTS, ctx);
	let run = cache.get(model);
	if (!run) {
		const inputs = toModelInputs(model);
		cache.set(model, (run = { inputs, results: defaultResults(inputs) }));
	}
	return chart(run.results, run.inputs, ctx);
}

/** The four figures every model chart row carries for one estimate: all-inputs-central and its P5, P50, P95. */
export function estimateFields(s: Pick<Stats, 'central' | 'p5' | 'p50' | 'p95'>): { central: number; p5: number; p50: number; p95: number } {
	return { central: s.central, p5: s.p5, p50: s.p50, p95: s.p95 };
}
