// The security-investment chart's Plot options — three panels, each scaled on its own.
import * as Plot from '@observablehq/plot';
import { formatKrw } from '../../lib/format/formatNumber.ts';
import type { ChartContext } from '../shared/types.ts';
import { HALO, MUTED, seriesColor } from '../shared/palette.ts';
import { assignLanes } from '../shared/labelPlacement.ts';
import { textWidth, wrapText } from '../shared/textFit.ts';
import { FONT, HEADING_FONT, SMALL_FONT } from '../shared/chartSize.ts';
import { INVESTMENT_PANELS, type InvestmentPanel, type InvestmentRow } from './rows.ts';
import { formatInvestment } from './captions.ts';
import { securityInvestmentText as text } from './messages.ts';

const BAR_H = 12;
const LINE = 18;

export function securityInvestmentPlot(rows: readonly InvestmentRow[], ctx: ChartContext): Plot.PlotOptions {
	const { locale, width } = ctx;
	const ids = [...new Set(rows.map((r) => r.incidentId))];
	const panels = INVESTMENT_PANELS.filter((p) => rows.some((r) => r.panel === p));
	const yearRows = rows.filter((r) => r.kind === 'year');
	// Year marks carry a label below or above the bar, so their rows need two extra lines.
	const rowH = yearRows.length ? 30 + 2 * LINE : 32;
	const titleLines = new Map(panels.map((p) => [p, wrapText(text(locale, `chart.security-investment.panel.${p}.title`), width - 8, HEADING_FONT, true)]));
	const TITLE_H = 10 + LINE * Math.max(1, ...[...titleLines.values()].map((l) => l.length));
	const facetH = TITLE_H + ids.length * rowH + 10;
	const marginLeft = 14 + Math.max(40, ...rows.map((r) => textWidth(r.incident, FONT)));
	const marginRight = 12 + Math.max(40, ...rows.filter((r) => r.kind === 'pledge').map((r) => textWidth(formatInvestment(r.value, r.unit, locale), FONT)));
	// Bars are scaled within each panel: the panels have different units, so they share no axis.
	const panelMax = new Map(panels.map((p) => [p, Math.max(...rows.filter((r) => r.panel === p).map((r) => r.value))]));
	const share = (r: InvestmentRow) => (panelMax.get(r.panel)! > 0 ? r.value / panelMax.get(r.panel)! : 0);
	const pledges = rows.filter((r) => r.kind === 'pledge');
	const color = (r: InvestmentRow) => seriesColor(r.index);
	const px = (r: InvestmentRow) => share(r) * (width - marginLeft - marginRight);
	// A year's amount is already one year's: its label leaves out the "a year" of the pledge bars.
	const yearLabel = (r: InvestmentRow) => `${r.measure} ${formatKrw(r.value, locale)}`;
	const placed = ids.flatMap((id) => {
		const mine = yearRows.filter((r) => r.incidentId === id);
		const lanes = assignLanes(
			mine.map((r) => ({ x: px(r), width: textWidth(yearLabel(r), SMALL_FONT) })),
			2,
			[-marginLeft + 2, width - marginLeft - 2],
		);
		return mine.map((r, i) => ({ r, lane: lanes[i]?.lane ?? -1, side: lanes[i]?.side ?? 'start' }));
	});
	const tip = (r: InvestmentRow) =>
		text(locale, 'chart.security-investment.tip', { incident: r.incident, measure: r.measure, value: formatInvestment(r.value, r.unit, locale), denominator: r.denominatorLabel });
	return {
		width,
		height: 8 + panels.length * facetH,
		marginTop: 0,
		marginBottom: 8,
		marginLeft,
		marginRight: marginRight,
		ariaLabel: text(locale, 'chart.security-investment.aria'),
		fy: { domain: panels, axis: null, padding: 0 },
		x: { domain: [0, 1], axis: null },
		y: { domain: ids, tickFormat: (id: string) => rows.find((r) => r.incidentId === id)?.incident ?? id, label: null, tickSize: 0, insetTop: TITLE_H, padding: 0 },
		marks: [
			Plot.text(panels, { fy: (p: InvestmentPanel) => p, frameAnchor: 'top-left', dx: -marginLeft + 4, dy: 6, text: (p: InvestmentPanel) => titleLines.get(p)!.join('\n'), lineAnchor: 'top', lineHeight: LINE / HEADING_FONT, fontWeight: 'bold', fontSize: HEADING_FONT, textAnchor: 'start' }),
			Plot.barX(pledges, { fy: 'panel', y: 'incidentId', x1: 0, x2: share, fill: color, insetTop: (rowH - BAR_H) / 2, insetBottom: (rowH - BAR_H) / 2, title: tip }),
			Plot.ruleX([0], { insetTop: TITLE_H - 2, stroke: MUTED }),
			Plot.text(pledges, { fy: 'panel', y: 'incidentId', x: share, text: (r) => formatInvestment(r.value, r.unit, locale), textAnchor: 'start', dx: 4, fill: 'currentColor' }),
			Plot.tickX(yearRows, { fy: 'panel', y: 'incidentId', x: share, stroke: 'currentColor', strokeWidth: 2, insetTop: (rowH - BAR_H) / 2 - 5, insetBottom: (rowH - BAR_H) / 2, title: tip }),
			...[0, 1].flatMap((lane) =>
				(['start', 'end'] as const).map((side) =>
					Plot.text(
						placed.filter((p) => p.lane === lane && p.side === side).map((p) => p.r),
						{ fy: 'panel', y: 'incidentId', x: share, text: yearLabel, textAnchor: side, dy: (lane === 0 ? 1 : -1) * (BAR_H / 2 + LINE / 2 + 2), fontSize: SMALL_FONT, fill: 'currentColor', ...HALO },
					),
				),
			),
		],
	};
}
