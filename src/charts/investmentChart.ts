// Chart 5 — security-investment pledges per year, per line and against profit.
import * as Plot from '@observablehq/plot';
import type { Incident } from '../schemas/incident.ts';
import type { ChartContext, ChartModel } from './types.ts';
import { MUTED, seriesColor } from './palette.ts';
import { legendFor } from './incidentLegend.ts';
import { assignLanes } from './labelPlacement.ts';
import { textWidth } from './textFit.ts';
import { INVESTMENT_PANELS, investmentRows, type InvestmentPanel, type InvestmentRow } from './investmentRows.ts';
import { PANEL_TITLE, formatInvestment, investmentText } from './investmentText.ts';

export { investmentRows, type InvestmentRow } from './investmentRows.ts';

const FONT = 10;
const TITLE_H = 24;
const BAR_H = 12;
const MARGIN_RIGHT = 130;

export function investmentChart(incidents: readonly Incident[], ctx: ChartContext): ChartModel<InvestmentRow> {
	const { locale, width } = ctx;
	const ko = locale === 'ko';
	const rows = investmentRows(incidents, locale);
	const ids = [...new Set(rows.map((r) => r.incidentId))];
	const panels = INVESTMENT_PANELS.filter((p) => rows.some((r) => r.panel === p));
	const yearRows = rows.filter((r) => r.kind === 'year');
	const rowH = yearRows.length ? 46 : 30;
	const facetH = TITLE_H + ids.length * rowH + 10;
	const marginLeft = 14 + Math.max(40, ...rows.map((r) => textWidth(r.incident, 11)));
	// Bars are scaled within each panel: the panels have different units, so they share no axis.
	const panelMax = new Map(panels.map((p) => [p, Math.max(...rows.filter((r) => r.panel === p).map((r) => r.value))]));
	const share = (r: InvestmentRow) => (panelMax.get(r.panel)! > 0 ? r.value / panelMax.get(r.panel)! : 0);
	const pledges = rows.filter((r) => r.kind === 'pledge');
	const color = (r: InvestmentRow) => seriesColor(r.index);
	const px = (r: InvestmentRow) => share(r) * (width - marginLeft - MARGIN_RIGHT);
	const yearLabel = (r: InvestmentRow) => `${r.measure} ${formatInvestment(r.value, r.unit, locale).replace(/\/년$| a year$/, '')}`;
	const placed = ids.flatMap((id) => {
		const mine = yearRows.filter((r) => r.incidentId === id);
		const lanes = assignLanes(mine.map((r) => ({ x: px(r) - textWidth(yearLabel(r), 9) / 2, width: textWidth(yearLabel(r), 9) })), 2);
		return mine.map((r, i) => ({ r, lane: lanes[i]?.lane ?? -1 }));
	});
	const tip = (r: InvestmentRow) => `${r.incident} · ${r.measure}: ${formatInvestment(r.value, r.unit, locale)} (${ko ? '분모' : 'divided by'} ${r.denominatorLabel})`;
	const text = investmentText(incidents, rows, locale);
	return {
		id: 'security-investment',
		...text,
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
		plot: {
			width,
			height: 8 + panels.length * facetH,
			marginTop: 0,
			marginBottom: 8,
			marginLeft,
			marginRight: MARGIN_RIGHT,
			ariaLabel: ko ? '정보보호 투자 약속 막대 차트 세 칸' : 'Security-investment pledges, bar chart in three panels',
			fy: { domain: panels, axis: null, padding: 0 },
			x: { domain: [0, 1], axis: null },
			y: { domain: ids, tickFormat: (id: string) => rows.find((r) => r.incidentId === id)?.incident ?? id, label: null, tickSize: 0, insetTop: TITLE_H, padding: 0 },
			marks: [
				Plot.text(panels, { fy: (p: InvestmentPanel) => p, frameAnchor: 'top-left', dx: -marginLeft + 4, dy: 6, text: (p: InvestmentPanel) => PANEL_TITLE[p][locale], lineAnchor: 'top', fontWeight: 'bold', fontSize: 11, textAnchor: 'start' }),
				Plot.barX(pledges, { fy: 'panel', y: 'incidentId', x1: 0, x2: share, fill: color, insetTop: (rowH - BAR_H) / 2, insetBottom: (rowH - BAR_H) / 2, title: tip }),
				Plot.ruleX([0], { insetTop: TITLE_H - 2, stroke: MUTED }),
				Plot.text(pledges, { fy: 'panel', y: 'incidentId', x: share, text: (r) => formatInvestment(r.value, r.unit, locale), textAnchor: 'start', dx: 4, fontSize: FONT, fill: 'currentColor' }),
				Plot.tickX(yearRows, { fy: 'panel', y: 'incidentId', x: share, stroke: 'currentColor', strokeWidth: 2, insetTop: (rowH - BAR_H) / 2 - 5, insetBottom: (rowH - BAR_H) / 2, title: tip }),
				...[0, 1].map((lane) =>
					Plot.text(
						placed.filter((p) => p.lane === lane).map((p) => p.r),
						{ fy: 'panel', y: 'incidentId', x: share, text: yearLabel, dy: lane === 0 ? BAR_H / 2 + 9 : -(BAR_H / 2 + 12), fontSize: 9, fill: 'currentColor' },
					),
				),
			],
		},
		legend: legendFor(incidents, locale),
		...(rows.length === 0 ? { empty: { reason: ko ? '기간이 밝혀진 정보보호 투자 약속이 없다.' : 'No security-investment pledge with a stated number of years.' } } : {}),
	};
}
