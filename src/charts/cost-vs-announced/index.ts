// Ships to the browser: the cost chart — modelled cost per component beside the company's announced value.
import type { ModelInputs, ModelResult } from '../../lib/model/index.ts';
import type { ChartContext, ChartSpec } from '../shared/types.ts';
import { atTwoWidths } from '../shared/twoWidths.ts';
import { modelLegend, runInfo } from '../shared/modelRuns.ts';
import { formatModelKrw } from '../shared/estimateFormat.ts';
import { costMarkerKey, costVsAnnouncedPlot } from './plot.ts';
import { costGroupLabel, costRows, type CostRow } from './rows.ts';
import { costVsAnnouncedCaptions } from './captions.ts';
import { costVsAnnouncedText } from './messages.ts';
import { sharedChartText } from '../shared/messages.ts';
import { inBothLocales } from '../shared/inBothLocales.ts';

/** Modelled cost against announced value for results already computed (one per incident, in incident order). */
export function costVsAnnouncedChart(results: readonly ModelResult[], inputs: ModelInputs, ctx: ChartContext): ChartSpec<CostRow> {
	return atTwoWidths(ctx, (c) => drawCostVsAnnouncedChart(results, inputs, c));
}

function drawCostVsAnnouncedChart(results: readonly ModelResult[], inputs: ModelInputs, ctx: ChartContext): ChartSpec<CostRow> {
	const { locale } = ctx;
	const runs = runInfo(results, inputs, locale);
	const rows = costRows(results, inputs, locale);
	return {
		id: 'cost-vs-announced',
		...costVsAnnouncedCaptions(rows, runs, inputs, locale),
		rows,
		columns: [
			{ key: 'incident', label: inBothLocales(sharedChartText, 'chart.shared.column.incident'), value: (r) => r.incident },
			{ key: 'group', label: inBothLocales(costVsAnnouncedText, 'chart.cost-vs-announced.column.group'), value: (r) => r.group, format: (r, l) => costGroupLabel(r.group, l) },
			{ key: 'item', label: inBothLocales(costVsAnnouncedText, 'chart.cost-vs-announced.column.item'), value: (r) => r.label },
			...(['p50', 'p5', 'p95', 'central', 'stated', 'press', 'retail', 'faceValue', 'gap'] as const).map((k) => ({
				key: k,
				label: inBothLocales(costVsAnnouncedText, `chart.cost-vs-announced.column.${k}`),
				value: (r: CostRow) => r[k],
				format: (r: CostRow, l: ChartContext['locale']) => (r[k] === null ? '' : formatModelKrw(r[k]!, l)),
				numeric: true,
			})),
			{ key: 'ratio', label: inBothLocales(costVsAnnouncedText, 'chart.cost-vs-announced.column.ratio'), value: (r) => r.ratio, format: (r) => (r.ratio === null ? '' : `${Math.round(r.ratio * 100)}%`), numeric: true },
			{ key: 'statedBy', label: inBothLocales(costVsAnnouncedText, 'chart.cost-vs-announced.column.statedBy'), value: (r) => r.statedBy },
			{ key: 'pressBy', label: inBothLocales(costVsAnnouncedText, 'chart.cost-vs-announced.column.pressBy'), value: (r) => r.pressBy },
			{ key: 'sources', label: inBothLocales(sharedChartText, 'chart.shared.column.sources'), value: (r) => r.sources.join(' ') },
		],
		plot: costVsAnnouncedPlot(rows, runs, ctx),
		legend: [...modelLegend(runs), ...costMarkerKey(rows, locale)],
		...(rows.length === 0
			? { empty: { reason: results.length ? costVsAnnouncedText(locale, 'chart.cost-vs-announced.empty.off') : sharedChartText(locale, 'chart.shared.empty.noResults') } }
			: {}),
	};
}
