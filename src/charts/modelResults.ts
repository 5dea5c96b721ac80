// Ships to the browser: the default model run behind the build-time model charts.
import type { ModelData } from '../schemas/modelData.ts';
import { MODEL_INPUTS_VERSION, defaultScenario, runModel, toModelInputs, type ModelInputs, type ModelResult, type RunOptions } from '../lib/model/index.ts';
import type { ChartContext, ChartModel } from './types.ts';

/** A model chart: results already computed (one per incident, in incident order) plus the inputs for labels and sources. */
export type ModelChartFn<Row> = (results: readonly ModelResult[], inputs: ModelInputs, ctx: ChartContext) => ChartModel<Row>;

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
export function modelChart<Row>(model: ModelData | undefined, chart: ModelChartFn<Row>, ctx: ChartContext): ChartModel<Row> {
	if (!model) return chart([], NO_INPUTS, ctx);
	let run = cache.get(model);
	if (!run) {
		const inputs = toModelInputs(model);
		cache.set(model, (run = { inputs, results: defaultResults(inputs) }));
	}
	return chart(run.results, run.inputs, ctx);
}
