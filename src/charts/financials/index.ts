// The financials chart — quarterly operating profit, with the quarters each breach touched.
import type { Incident } from '../../schemas/incident.ts';
import { formatKrw } from '../../lib/format/formatNumber.ts';
import type { ChartContext, ChartSpec } from '../shared/types.ts';
import { atTwoWidths } from '../shared/twoWidths.ts';
import { legendFor } from '../shared/incidentLegend.ts';
import { quarterLabel } from '../shared/quarter.ts';
import { financialsPlot } from './plot.ts';
import { financialQuarters, financialRows, quarterMarks, type FinancialRow } from './rows.ts';
import { financialText } from './text.ts';
import { financialsText as text } from './messages.ts';

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
		...financialText(incidents, rows, marks, quarters, locale),
		rows,
		columns: [
			{ key: 'incident', label: { ko: '사고', en: 'Incident' }, value: (r) => r.incident },
			{ key: 'quarter', label: { ko: '분기', en: 'Quarter' }, value: (r) => r.quarter, format: (r, l) => quarterLabel(r.quarter, l) },
			{ key: 'value', label: { ko: '영업이익(원, 연결)', en: 'Operating profit (won, consolidated)' }, value: (r) => r.value, format: (r, l) => formatKrw(r.value, l), numeric: true },
			{ key: 'note', label: { ko: '메모', en: 'Note' }, value: (r) => r.note },
			{ key: 'sources', label: { ko: '출처', en: 'Sources' }, value: (r) => r.sources.join(' ') },
		],
		plot: financialsPlot(incidents, rows, marks, quarters, ctx),
		legend: legendFor(incidents, locale),
		...(rows.length === 0
			? { empty: { reason: text(locale, 'chart.financials.empty') } }
			: {}),
	};
}
