// The security-investment chart — pledges per year, per line and against profit.
import type { Incident } from '../../schemas/incident.ts';
import type { ChartContext, ChartSpec } from '../shared/types.ts';
import { atTwoWidths } from '../shared/twoWidths.ts';
import { legendFor } from '../shared/incidentLegend.ts';
import { securityInvestmentPlot } from './plot.ts';
import { investmentRows, type InvestmentRow } from './rows.ts';
import { formatInvestment, securityInvestmentCaptions } from './captions.ts';
import { securityInvestmentText as text } from './messages.ts';
import { inBothLocales } from '../shared/inBothLocales.ts';
import { sharedChartText } from '../shared/messages.ts';

export function securityInvestmentChart(incidents: readonly Incident[], ctx: ChartContext): ChartSpec<InvestmentRow> {
	return atTwoWidths(ctx, (c) => drawSecurityInvestmentChart(incidents, c));
}

function drawSecurityInvestmentChart(incidents: readonly Incident[], ctx: ChartContext): ChartSpec<InvestmentRow> {
	const { locale } = ctx;
	const rows = investmentRows(incidents, locale);
	return {
		id: 'security-investment',
		...securityInvestmentCaptions(incidents, rows, locale),
		rows,
		columns: [
			{ key: 'incident', label: inBothLocales(sharedChartText, 'chart.shared.column.incident'), value: (r) => r.incident },
			{ key: 'panel', label: inBothLocales(text, 'chart.security-investment.column.panel'), value: (r) => r.panel, format: (r) => r.measure },
			{ key: 'value', label: inBothLocales(text, 'chart.security-investment.column.value'), value: (r) => r.value, format: (r, l) => formatInvestment(r.value, r.unit, l), numeric: true },
			{ key: 'unit', label: inBothLocales(text, 'chart.security-investment.column.unit'), value: (r) => r.unit },
			{ key: 'perYear', label: inBothLocales(text, 'chart.security-investment.column.perYear'), value: (r) => r.perYear, numeric: true },
			{ key: 'denominator', label: inBothLocales(text, 'chart.security-investment.column.denominator'), value: (r) => r.denominator, numeric: true },
			{ key: 'denominatorLabel', label: inBothLocales(text, 'chart.security-investment.column.denominatorLabel'), value: (r) => r.denominatorLabel },
			{ key: 'sources', label: inBothLocales(sharedChartText, 'chart.shared.column.sources'), value: (r) => r.sources.join(' ') },
		],
		plot: securityInvestmentPlot(rows, ctx),
		legend: legendFor(incidents, locale),
		...(rows.length === 0 ? { empty: { reason: text(locale, 'chart.security-investment.empty') } } : {}),
	};
}
