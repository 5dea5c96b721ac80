// The departures chart's Plot options — day by day, or the running total.
import * as Plot from '@observablehq/plot';
import { scaleLinear } from 'd3';
import { formatExact, formatValue } from '../../lib/format/formatNumber.ts';
import { formatDate } from '../../lib/format/formatDate.ts';
import type { ChartContext } from '../shared/types.ts';
import { seriesColor } from '../shared/palette.ts';
import { FONT } from '../shared/chartSize.ts';
import { textWidth } from '../shared/textFit.ts';
import { ticksThatFit } from '../shared/tickFit.ts';
import { spreadLabels } from '../shared/labelPlacement.ts';
import type { DepartureRow } from './rows.ts';
import { departuresText as text } from './messages.ts';

const HEIGHT = 380;
const MARGIN = { top: 20, bottom: 40, left: 64 } as const;

export function departuresPlot(rows: readonly DepartureRow[], view: 'daily' | 'cumulative', ctx: ChartContext): Plot.PlotOptions {
	const { locale, width } = ctx;
	const series = [...new Set(rows.map((r) => r.incidentId))].map((id) => rows.filter((r) => r.incidentId === id));
	const maxDays = Math.max(1, ...rows.map((r) => r.day));
	const color = (r: { index: number }) => seriesColor(r.index);
	const amount = (v: number, r: DepartureRow) => formatValue(v, r.unit, locale);

	const y = (r: DepartureRow) => (view === 'daily' ? r.value : r.cumulative);
	// The labelled reference: the daily average over the window, or the window's published total.
	const refs = series.map((s) => {
		const r = s[0]!;
		const v = view === 'daily' ? r.windowTotal / r.windowDays : r.windowTotal;
		return { ...r, v, label: text(locale, `chart.departures.reference.${view}`, { incident: r.incident, amount: amount(Math.round(v), r) }) };
	});
	const top = scaleLinear()
		.domain([0, Math.max(1, ...rows.map((r) => y(r) ?? 0), ...refs.map((r) => r.v))])
		.nice()
		.domain()[1]!;
	const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
	// Two-line labels at the right end: spaced a little more than two lines apart.
	const dys = spreadLabels(refs.map((r) => plotH * (1 - r.v / top)), FONT * 2.6);
	const marginRight = 16 + Math.max(40, ...refs.flatMap((r) => r.label.split('\n').map((l) => textWidth(l, FONT))));
	const plotW = width - MARGIN.left - marginRight;
	const published = rows.filter((r) => y(r) !== null);
	const tip = (r: DepartureRow) => {
		const vars = { incident: r.incident, date: formatDate(r.date, locale), day: r.day, amount: amount(y(r)!, r) };
		return r.note ? text(locale, 'chart.departures.tip.withNote', { ...vars, note: r.note }) : text(locale, 'chart.departures.tip', vars);
	};
	return {
		width,
		height: HEIGHT,
		marginTop: MARGIN.top,
		marginRight,
		marginBottom: MARGIN.bottom,
		marginLeft: MARGIN.left,
		ariaLabel: text(locale, `chart.departures.aria.${view}`),
		x: {
			domain: [1, maxDays],
			label: text(locale, 'chart.departures.axis.x'),
			ticks: Math.min(maxDays, ticksThatFit(plotW, textWidth(String(maxDays), FONT))),
			tickFormat: (d: number) => (Number.isInteger(d) ? `${d}` : ''),
		},
		y: {
			domain: [0, top],
			label: text(locale, `chart.departures.axis.y.${view}`),
			tickFormat: (d: number) => formatExact(d, locale, 0),
			grid: true,
		},
		marks: [
			Plot.ruleY([0]),
			...refs.map((r) =>
				Plot.ruleY([r], { y: 'v', x1: 1, x2: view === 'daily' ? maxDays : r.windowDays, stroke: color(r), strokeDasharray: '5,4', strokeOpacity: 0.8 }),
			),
			...refs.map((r, i) =>
				Plot.text([r], { x: maxDays, y: 'v', dy: dys[i]!, text: 'label', textAnchor: 'start', dx: 8, lineHeight: 1.25, fill: 'currentColor' }),
			),
			// Unpublished days are null, so each line breaks there instead of dropping to zero.
			Plot.lineY(rows, { x: 'day', y, z: 'incidentId', stroke: color, strokeWidth: 2 }),
			Plot.dot(published, { x: 'day', y, fill: color, r: 3.5, title: tip }),
		],
	};
}
