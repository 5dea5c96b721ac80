// Ships to the browser: the charts of the model explorer, built from live model results.
import type { ModelInputs, ModelResult } from '../lib/model/index.ts';
import { costChart } from './costChart.ts';
import { perPersonChart } from './perPersonChart.ts';
import type { ChartContext, ChartModel } from './types.ts';
import { uncertaintyChart } from './uncertaintyChart.ts';

/** Cost vs announced, cost per affected unit, and uncertainty (with the tornado view), in page order. */
export function explorerCharts(results: readonly ModelResult[], inputs: ModelInputs, ctx: ChartContext): ChartModel<any>[] {
	return [costChart(results, inputs, ctx), perPersonChart(results, inputs, ctx), uncertaintyChart(results, inputs, ctx)];
}
