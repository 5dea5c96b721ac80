// The security-investment chart — pledges per year, per line and against profit.
import type { Incident } from '../../schemas/incident.ts';
import type { ChartContext, ChartSpec } from '../shared/types.ts';
import { atTwoWidths } from '../shared/twoWidths.ts';
import { legendFor } from '../shared/incidentLegend.ts';
import { securityInvestmentPlot } from './plot.ts';
import { investmentRows, type InvestmentRow } from './rows.ts';
import { formatInvestment, investmentText } from './text.ts';
import { securityInvestmentText as text } from './messages.ts';

export function securityInvestmentChart(incidents: readonly Incident[], ctx: ChartContext): ChartSpec<InvestmentRow> {
	return atTwoWidths(ctx, (c) => drawSecurityInvestmentChart(incidents, c));
}

function drawSecurityInvestmentChart(incidents: readonly Incident[], ctx: ChartContext): ChartSpec<InvestmentRow> {
	const { locale } = ctx;
	const rows = investmentRows(incidents, locale);
	return {
		id: 'security-investment',
		...investmentText(incidents, rows, locale),
		rows,
		columns: [
			{ key: 'incident', label: { ko: '사고', en: 'Incident' }, value: (r) => r.incident },
			{ key: 'panel', label: { ko: '잣대', en: 'Measure' }, value: (r) => r.panel, format: (r) => r.measure },
			{ key: 'value', label: { ko: '값', en: 'Value' }, value: (r) => r.value, format: (r, l) => formatInvestment(r.value, r.unit, l), numeric: true },
			{ key: 'unit', label: { ko: '단위', en: 'Unit' }, value: (r) => r.unit },
			{ key: 'perYear', label: { ko: '연간 금액(원)', en: 'Won a year' }, value: (r) => r.perYear, numeric: true },
			{ key: 'denominator', label: { ko: '분모', en: 'Denominator' }, value: (r) => r.denominator, numeric: true },
			{ key: 'denominatorLabel', label: { ko: '분모 설명', en: 'Denominator is' }, value: (r) => r.denominatorLabel },
			{ key: 'sources', label: { ko: '출처', en: 'Sources' }, value: (r) => r.sources.join(' ') },
		],
		plot: securityInvestmentPlot(rows, ctx),
		legend: legendFor(incidents, locale),
		...(rows.length === 0 ? { empty: { reason: text(locale, 'chart.security-investment.empty') } } : {}),
	};
}
