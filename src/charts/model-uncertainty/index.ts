// Ships to the browser: the uncertainty chart — P5–P95 per component and total, and a tornado of the inputs.
import type { ModelInputs, ModelResult } from '../../lib/model/index.ts';
import type { ChartContext, ChartSpec } from '../shared/types.ts';
import { atTwoWidths } from '../shared/twoWidths.ts';
import { modelLegend, runInfo } from '../shared/modelRuns.ts';
import { formatModelKrw } from '../shared/estimateFormat.ts';
import { uncertaintyKey, uncertaintyPlot } from './plot.ts';
import { TORNADO_TOP, uncertaintyRows, type UncertaintyRow } from './rows.ts';
import { paramValue, tornadoNote, modelUncertaintyCaptions } from './captions.ts';
import { tornadoKey, tornadoPlot } from './tornado.ts';
import { modelUncertaintyText } from './messages.ts';
import { sharedChartText } from '../shared/messages.ts';
import { inBothLocales } from '../shared/inBothLocales.ts';

/** Spread and sensitivity for results already computed (one per incident, in incident order); `top` inputs per tornado. */
export function modelUncertaintyChart(results: readonly ModelResult[], inputs: ModelInputs, ctx: ChartContext, top = TORNADO_TOP): ChartSpec<UncertaintyRow> {
	return atTwoWidths(ctx, (c) => drawModelUncertaintyChart(results, inputs, c, top));
}

function drawModelUncertaintyChart(results: readonly ModelResult[], inputs: ModelInputs, ctx: ChartContext, top: number): ChartSpec<UncertaintyRow> {
	const { locale } = ctx;
	const runs = runInfo(results, inputs, locale);
	const rows = uncertaintyRows(results, inputs, locale, top);
	const krwCell = (k: 'central' | 'p5' | 'p50' | 'p95' | 'atLow' | 'atHigh') => ({
		key: k,
		label: inBothLocales(modelUncertaintyText, `chart.model-uncertainty.column.${k}`),
		value: (r: UncertaintyRow) => r[k],
		format: (r: UncertaintyRow, l: ChartContext['locale']) => (r[k] === null ? '' : formatModelKrw(r[k]!, l)),
		numeric: true,
	});
	return {
		id: 'model-uncertainty',
		...modelUncertaintyCaptions(rows, runs, inputs, locale),
		rows,
		columns: [
			{ key: 'incident', label: inBothLocales(sharedChartText, 'chart.shared.column.incident'), value: (r) => r.incident },
			{ key: 'view', label: inBothLocales(modelUncertaintyText, 'chart.model-uncertainty.column.view'), value: (r) => r.view, format: (r, l) => modelUncertaintyText(l, `chart.model-uncertainty.view.${r.view}`) },
			{ key: 'item', label: inBothLocales(modelUncertaintyText, 'chart.model-uncertainty.column.item'), value: (r) => r.label },
			...(['central', 'p5', 'p50', 'p95'] as const).map(krwCell),
			{ key: 'paramLow', label: inBothLocales(modelUncertaintyText, 'chart.model-uncertainty.column.paramLow'), value: (r) => r.paramLow, format: (r, l) => paramValue(r.paramLow, r, l), numeric: true },
			{ key: 'paramHigh', label: inBothLocales(modelUncertaintyText, 'chart.model-uncertainty.column.paramHigh'), value: (r) => r.paramHigh, format: (r, l) => paramValue(r.paramHigh, r, l), numeric: true },
			{ key: 'paramUnit', label: inBothLocales(modelUncertaintyText, 'chart.model-uncertainty.column.paramUnit'), value: (r) => r.paramUnit },
			...(['atLow', 'atHigh'] as const).map(krwCell),
			{ key: 'sources', label: inBothLocales(sharedChartText, 'chart.shared.column.sources'), value: (r) => r.sources.join(' ') },
		],
		plot: uncertaintyPlot(rows, runs, ctx),
		...(rows.some((r) => r.view === 'tornado')
			? {
					views: [
						{
							id: 'tornado',
							label: modelUncertaintyText(locale, 'chart.model-uncertainty.tornado.label'),
							note: tornadoNote(runs, top, locale),
							plot: tornadoPlot(rows, runs, ctx),
							legend: [...modelLegend(runs), ...tornadoKey(locale)],
						},
					],
				}
			: {}),
		legend: [...modelLegend(runs), ...uncertaintyKey(locale)],
		...(rows.length === 0 ? { empty: { reason: sharedChartText(locale, 'chart.shared.empty.noResults') } } : {}),
	};
}
