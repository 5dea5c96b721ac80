// The financials chart's Plot options — quarterly profit lines under the quarters' events.
import * as Plot from '@observablehq/plot';
import { scaleLinear } from 'd3';
import type { Incident } from '../../schemas/incident.ts';
import { formatKrw } from '../../lib/format/formatNumber.ts';
import type { ChartContext } from '../shared/types.ts';
import { HALO, MUTED, seriesColor } from '../shared/palette.ts';
import { quarterLabel } from '../shared/quarter.ts';
import { textWidth } from '../shared/textFit.ts';
import { FONT, SMALL_FONT } from '../shared/chartSize.ts';
import { assignLanes, spreadLabels } from '../shared/labelPlacement.ts';
import { markLabel, type FinancialRow, type QuarterMark } from './rows.ts';
import { financialsText as text } from './messages.ts';

const PLOT_H = 300;
const LINE = 16;
const PADDING = 0.3;

export function financialsPlot(
	incidents: readonly Incident[],
	rows: readonly FinancialRow[],
	marks: readonly QuarterMark[],
	quarters: readonly string[],
	ctx: ChartContext,
): Plot.PlotOptions {
	const { locale, width } = ctx;
	// One annotation per quarter, one line per incident event, drawn above the frame.
	const notesByQuarter = quarters.flatMap((q) => {
		const here = marks.filter((m) => m.quarter === q);
		return here.length ? [{ quarter: q, text: here.map((m) => `${m.incident} ${markLabel(m, locale)}`).join('\n'), lines: here.length }] : [];
	});
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
		spreadLabels(here.map((r) => ypx(r.value)), LINE).forEach((dy, i) => nudge.set(here[i]!, dy));
	}
	const color = (r: { index: number }) => seriesColor(r.index);
	const endLabel = (r: FinancialRow) => `${r.incident} ${formatKrw(r.value, locale)}`;
	const marginLeft = 14 + Math.max(...yDomain.map((d) => textWidth(formatKrw(d, locale), FONT)));
	const marginRight = 16 + Math.max(40, ...last.map((r) => textWidth(endLabel(r), FONT)));
	const plotW = width - marginLeft - marginRight;
	const step = plotW / Math.max(1, quarters.length - 1 + 2 * PADDING);
	const qx = (q: string) => marginLeft + (PADDING + quarters.indexOf(q)) * step;
	// Quarter notes stack in lanes above the frame where they would run into each other.
	const noteW = (n: (typeof notesByQuarter)[number]) => 4 + Math.max(...n.text.split('\n').map((l) => textWidth(l, SMALL_FONT)));
	const lanes = assignLanes(notesByQuarter.map((n) => ({ x: qx(n.quarter) - 2, width: noteW(n) })), notesByQuarter.length || 1, [2, width - 2], 6, false);
	const placedNotes = notesByQuarter.map((n, i) => ({ ...n, lane: lanes[i]?.lane ?? 0, side: lanes[i]?.side ?? 'start' }));
	// Each lane is as tall as its longest note; lane k sits on top of lanes 0 … k−1.
	const laneCount = 1 + Math.max(0, ...placedNotes.map((n) => n.lane));
	const laneH = Array.from({ length: laneCount }, (_, k) => LINE * Math.max(1, ...placedNotes.filter((n) => n.lane === k).map((n) => n.lines)) + 4);
	const laneBottom = (k: number) => laneH.slice(0, k).reduce((a, b) => a + b, 0);
	const marginTop = 12 + laneBottom(laneCount);
	// Year under the first quarter and every Q1; on a narrow chart only as many quarter names as fit,
	// measured by the widest line a tick may carry (the year, under a Q1).
	const tickLines = text(locale, 'chart.financials.axis.x.quarterAndYear', { n: 4, year: quarters.at(-1)?.split('-Q')[0] ?? '2000' }).split('\n');
	const every = Math.ceil((Math.max(...tickLines.map((l) => textWidth(l, FONT))) + 10) / step);
	const tip = (r: FinancialRow) => `${r.incident} · ${quarterLabel(r.quarter, locale)}: ${formatKrw(r.value, locale)}${r.note ? ` — ${r.note}` : ''}`;
	return {
		width,
		height: marginTop + PLOT_H + 44,
		marginTop,
		marginLeft,
		marginRight,
		marginBottom: 44,
		ariaLabel: text(locale, 'chart.financials.aria'),
		x: {
			type: 'point',
			domain: quarters,
			padding: PADDING,
			label: null,
			tickFormat: (q: string, i: number) => {
				if (i % every !== 0) return '';
				const [y, n] = q.split('-Q');
				const showYear = n === '1' || i < every;
				return showYear ? text(locale, 'chart.financials.axis.x.quarterAndYear', { n: n!, year: y! }) : text(locale, 'chart.financials.axis.x.quarter', { n: n! });
			},
		},
		y: {
			label: text(locale, 'chart.financials.axis.y'),
			tickFormat: (d: number) => formatKrw(d, locale),
			domain: yDomain,
			grid: true,
		},
		marks: [
			Plot.ruleY([0], { stroke: 'currentColor' }),
			Plot.ruleX(notesByQuarter, { x: 'quarter', stroke: MUTED, strokeDasharray: '3,3' }),
			...placedNotes.map((n) =>
				Plot.text([n], { x: 'quarter', frameAnchor: 'top', dy: -6 - laneBottom(n.lane), dx: n.side === 'start' ? 3 : -3, textAnchor: n.side, lineAnchor: 'bottom', text: 'text', fontSize: SMALL_FONT, lineHeight: LINE / SMALL_FONT, fill: 'currentColor' }),
			),
			Plot.lineY(lineData, { x: 'quarter', y: 'value', z: 'incidentId', stroke: color, strokeWidth: 2 }),
			Plot.dot(rows, { x: 'quarter', y: 'value', fill: color, r: 3.5, title: tip }),
			...last.map((r) =>
				Plot.text([r], { x: 'quarter', y: 'value', dy: nudge.get(r) ?? 0, text: () => endLabel(r), textAnchor: 'start', dx: 8, fill: 'currentColor', ...HALO }),
			),
		],
	};
}
