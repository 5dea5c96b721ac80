// Ships to the browser: the charts of the model explorer, built from live model results.
import type { ModelInputs, ModelResult } from '../lib/model/index.ts';
import { costPerPersonChart } from './cost-per-person/index.ts';
import { costVsAnnouncedChart } from './cost-vs-announced/index.ts';
import { modelUncertaintyChart } from './model-uncertainty/index.ts';
import type { ChartContext, ChartSpec } from './shared/types.ts';

/** Cost vs announced, cost per affected unit, and uncertainty (with the tornado view), in page order. */
export function explorerCharts(results: readonly ModelResult[], inputs: ModelInputs, ctx: ChartContext): ChartSpec<any>[] {
	return [costVsAnnouncedChart(results, inputs, ctx), costPerPersonChart(results, inputs, ctx), modelUncertaintyChart(results, inputs, ctx)];
}
