// The financials chart's Plot options — quarterly profit lines under the quarters' events.
import * as Plot from '@observablehq/plot';
import { scaleLinear } from 'd3';
import type { Incident } from '../../schemas/incident.ts';
import { formatKrw } from '../../lib/format/formatNumber.ts';
import type { ChartContext } from '../shared/types.ts';
import { MUTED, seriesColor } from '../shared/palette.ts';
import { spreadLabels } from '../shared/labelPlacement.ts';
import { quarterLabel } from '../shared/quarter.ts';
import { textWidth } from '../shared/textFit.ts';
import { MARK_LABEL, type FinancialRow, type QuarterMark } from './rows.ts';

const FONT = 9;
const PLOT_H = 300;
const LINE = 11;

export function financialsPlot(
	incidents: readonly Incident[],
	rows: readonly FinancialRow[],
	marks: readonly QuarterMark[],
	quarters: readonly string[],
	ctx: ChartContext,
): Plot.PlotOptions {
	const { locale, width } = ctx;
	const ko = locale === 'ko';
	// One annotation per quarter, one line per incident event, drawn above the frame.
	const notesByQuarter = quarters.flatMap((q) => {
		const here = marks.filter((m) => m.quarter === q);
		return here.length ? [{ quarter: q, text: here.map((m) => `${m.incident} ${MARK_LABEL[m.what][locale]}`).join('\n'), lines: here.length }] : [];
	});
	const marginTop = 16 + LINE * Math.max(1, ...notesByQuarter.map((n) => n.lines));
	// Every quarter in range gets a slot, so a quarter without a figure breaks the line.
	const lineData = incidents.flatMap((inc, index) =>
		rows.some((r) => r.incidentId === inc.id)
			? quarters.map((q) => ({ incidentId: inc.id, index, quarter: q, value: rows.find((r) => r.incidentId === inc.id && r.quarter === q)?.value ?? null }))
			: [],
	);
	const last = incidents.flatMap((inc) => rows.filter((r) => r.incidentId === inc.id).slice(-1));
	const yDomain = scaleLinear()
		.domain([Math.min(0, ...rows.map((r) => r.value)), Math.max(0, ...rows.map((r) => r.value))])
		.nice()
		.domain() as [number, number];
	// End labels that share a quarter are nudged apart (positions estimated from the fixed y domain).
	const plotH = PLOT_H;
	const ypx = (v: number) => plotH * (1 - (v - yDomain[0]) / (yDomain[1] - yDomain[0] || 1));
	const nudge = new Map<FinancialRow, number>();
	for (const q of new Set(last.map((r) => r.quarter))) {
		const here = last.filter((r) => r.quarter === q);
		spreadLabels(here.map((r) => ypx(r.value)), 13).forEach((dy, i) => nudge.set(here[i]!, dy));
	}
	const color = (r: { index: number }) => seriesColor(r.index);
	const tip = (r: FinancialRow) => `${r.incident} · ${quarterLabel(r.quarter, locale)}: ${formatKrw(r.value, locale)}${r.note ? ` — ${r.note}` : ''}`;
	return {
		width,
		height: marginTop + PLOT_H + 44,
		marginTop,
		marginLeft: 14 + Math.max(...yDomain.map((d) => textWidth(formatKrw(d, locale), 10))),
		marginRight: 120,
		marginBottom: 44,
		ariaLabel: ko ? '분기 영업이익 선 차트' : 'Quarterly operating profit, line chart',
		x: {
			type: 'point',
			domain: quarters,
			padding: 0.3,
			label: null,
			tickFormat: (q: string, i: number) => {
				const [y, n] = q.split('-Q');
				const showYear = n === '1' || i === 0;
				return ko ? `${n}분기${showYear ? `\n${y}년` : ''}` : `Q${n}${showYear ? `\n${y}` : ''}`;
			},
		},
		y: {
			label: ko ? '영업이익 (원, 연결)' : 'Operating profit (won, consolidated)',
			tickFormat: (d: number) => formatKrw(d, locale),
			domain: yDomain,
			grid: true,
		},
		marks: [
			Plot.ruleY([0], { stroke: 'currentColor' }),
			Plot.ruleX(notesByQuarter, { x: 'quarter', stroke: MUTED, strokeDasharray: '3,3' }),
			Plot.text(notesByQuarter, { x: 'quarter', frameAnchor: 'top', dy: -6, lineAnchor: 'bottom', text: 'text', fontSize: FONT, lineHeight: LINE / FONT, fill: 'currentColor' }),
			Plot.lineY(lineData, { x: 'quarter', y: 'value', z: 'incidentId', stroke: color, strokeWidth: 2 }),
			Plot.dot(rows, { x: 'quarter', y: 'value', fill: color, r: 3.5, title: tip }),
			...last.map((r) =>
				Plot.text([r], { x: 'quarter', y: 'value', dy: nudge.get(r) ?? 0, text: () => `${r.incident} ${formatKrw(r.value, locale)}`, textAnchor: 'start', dx: 8, fontSize: 10, fill: 'currentColor' }),
			),
		],
	};
}
