// Ships to the browser: the per-unit chart — the modelled total per record, person, line and customer, and against revenue.
import type { ModelInputs, ModelResult } from '../../lib/model/index.ts';
import { formatUsd } from '../../lib/format/formatNumber.ts';
import type { ChartContext, ChartSpec } from '../shared/types.ts';
import { atTwoWidths } from '../shared/twoWidths.ts';
import { modelLegend, runInfo } from '../shared/modelRuns.ts';
import { costPerPersonPlot, perPersonKey } from './plot.ts';
import { perPersonRows, type PerPersonRow } from './rows.ts';
import { formatPerUnit, costPerPersonCaptions } from './captions.ts';
import { costPerPersonText } from './messages.ts';
import { inBothLocales } from '../shared/inBothLocales.ts';
import { sharedChartText } from '../shared/messages.ts';

/** The total per unit for results already computed (one per incident, in incident order). */
export function costPerPersonChart(results: readonly ModelResult[], inputs: ModelInputs, ctx: ChartContext): ChartSpec<PerPersonRow> {
	return atTwoWidths(ctx, (c) => drawCostPerPersonChart(results, inputs, c));
}

function drawCostPerPersonChart(results: readonly ModelResult[], inputs: ModelInputs, ctx: ChartContext): ChartSpec<PerPersonRow> {
	const { locale } = ctx;
	const runs = runInfo(results, inputs, locale);
	const rows = perPersonRows(results, inputs, locale);
	const text = costPerPersonCaptions(rows, runs, inputs, locale);
	const period = rows[0]?.usdPeriod ?? '';
	return {
		id: 'cost-per-person',
		...text,
		rows,
		columns: [
			{ key: 'incident', label: inBothLocales(sharedChartText, 'chart.shared.column.incident'), value: (r) => r.incident },
			{ key: 'denominator', label: inBothLocales(costPerPersonText, 'chart.cost-per-person.column.denominator'), value: (r) => r.kind, format: (r) => r.label },
			...(['p50', 'p5', 'p95', 'central'] as const).map((k) => ({
				key: k,
				numeric: true,
				label: inBothLocales(costPerPersonText, `chart.cost-per-person.column.${k}`),
				value: (r: PerPersonRow) => r[k],
				format: (r: PerPersonRow, l: ChartContext['locale']) => formatPerUnit(r[k], r, l),
			})),
			{ key: 'measure', label: inBothLocales(costPerPersonText, 'chart.cost-per-person.column.measure'), value: (r) => (r.panel === 'percent' ? '%' : `krw-per-${r.unit === 'people' ? 'person' : r.unit.replace(/s$/, '')}`) },
			...(['usdCentral', 'usdP5', 'usdP95'] as const).map((k) => ({
				key: k,
				numeric: true,
				label: inBothLocales(costPerPersonText, `chart.cost-per-person.column.${k}`, { period }),
				value: (r: PerPersonRow) => r[k],
				format: (r: PerPersonRow, l: ChartContext['locale']) => (r[k] === null ? '' : formatUsd(r[k]!, l)),
			})),
			{ key: 'count', label: inBothLocales(costPerPersonText, 'chart.cost-per-person.column.count'), value: (r) => r.denominator, numeric: true },
			{ key: 'asOf', label: inBothLocales(costPerPersonText, 'chart.cost-per-person.column.asOf'), value: (r) => r.asOf },
			{ key: 'definition', label: inBothLocales(costPerPersonText, 'chart.cost-per-person.column.definition'), value: (r) => r.definition },
			{ key: 'sources', label: inBothLocales(sharedChartText, 'chart.shared.column.sources'), value: (r) => r.sources.join(' ') },
		],
		plot: costPerPersonPlot(rows, runs, ctx),
		legend: [...modelLegend(runs), ...perPersonKey(locale)],
		...(rows.length === 0 ? { empty: { reason: costPerPersonText(locale, 'chart.cost-per-person.empty.noResults') } } : {}),
	};
}
