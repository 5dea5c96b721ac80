// The financials chart — quarterly operating profit, with the quarters each breach touched.
import type { Incident } from '../../schemas/incident.ts';
import { formatKrw } from '../../lib/format/formatNumber.ts';
import type { ChartContext, ChartSpec } from '../shared/types.ts';
import { atTwoWidths } from '../shared/twoWidths.ts';
import { legendFor } from '../shared/incidentLegend.ts';
import { quarterLabel } from '../shared/quarter.ts';
import { financialsPlot } from './plot.ts';
import { financialQuarters, financialRows, quarterMarks, type FinancialRow } from './rows.ts';
import { financialsCaptions } from './captions.ts';
import { financialsText as text } from './messages.ts';
import { inBothLocales } from '../shared/inBothLocales.ts';
import { sharedChartText } from '../shared/messages.ts';

export function financialsChart(incidents: readonly Incident[], ctx: ChartContext): ChartSpec<FinancialRow> {
	return atTwoWidths(ctx, (c) => drawFinancialsChart(incidents, c));
}

function drawFinancialsChart(incidents: readonly Incident[], ctx: ChartContext): ChartSpec<FinancialRow> {
	const { locale } = ctx;
	const rows = financialRows(incidents, locale);
	const quarters = financialQuarters(rows);
	const marks = quarterMarks(incidents, locale);
	return {
		id: 'financials',
		...financialsCaptions(incidents, rows, marks, quarters, locale),
		rows,
		columns: [
			{ key: 'incident', label: inBothLocales(sharedChartText, 'chart.shared.column.incident'), value: (r) => r.incident },
			{ key: 'quarter', label: inBothLocales(text, 'chart.financials.column.quarter'), value: (r) => r.quarter, format: (r, l) => quarterLabel(r.quarter, l) },
			{ key: 'value', label: inBothLocales(text, 'chart.financials.column.value'), value: (r) => r.value, format: (r, l) => formatKrw(r.value, l), numeric: true },
			{ key: 'note', label: inBothLocales(text, 'chart.financials.column.note'), value: (r) => r.note },
			{ key: 'sources', label: inBothLocales(sharedChartText, 'chart.shared.column.sources'), value: (r) => r.sources.join(' ') },
		],
		plot: financialsPlot(incidents, rows, marks, quarters, ctx),
		legend: legendFor(incidents, locale),
		...(rows.length === 0
			? { empty: { reason: text(locale, 'chart.financials.empty') } }
			: {}),
	};
}
