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

const HEIGHT = 380;
const MARGIN = { top: 20, bottom: 40, left: 64 } as const;

export function departuresPlot(rows: readonly DepartureRow[], view: 'daily' | 'cumulative', ctx: ChartContext): Plot.PlotOptions {
	const { locale, width } = ctx;
	const ko = locale === 'ko';
	const series = [...new Set(rows.map((r) => r.incidentId))].map((id) => rows.filter((r) => r.incidentId === id));
	const maxDays = Math.max(1, ...rows.map((r) => r.day));
	const color = (r: { index: number }) => seriesColor(r.index);
	const amount = (v: number, r: DepartureRow) => formatValue(v, r.unit, locale);

	const y = (r: DepartureRow) => (view === 'daily' ? r.value : r.cumulative);
	// The labelled reference: the daily average over the window, or the window's published total.
	const refs = series.map((s) => {
		const r = s[0]!;
		const v = view === 'daily' ? r.windowTotal / r.windowDays : r.windowTotal;
		const what = view === 'daily' ? (ko ? '기간 평균' : 'window average') : ko ? '기간 합계' : 'window total';
		return { ...r, v, label: `${r.incident} ${what}\n${amount(Math.round(v), r)}${view === 'daily' ? (ko ? '/일' : ' a day') : ''}` };
	});
	const top = scaleLinear()
		.domain([0, Math.max(1, ...rows.map((r) => y(r) ?? 0), ...refs.map((r) => r.v))])
		.nice()
		.domain()[1]!;
	const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
	// Two-line labels at the right end: spaced a little more than two lines apart.
	const dys = spreadLabels(refs.map((r) => plotH * (1 - r.v / top)), FONT * 2.6);
	const marginRight = 14 + Math.max(40, ...refs.flatMap((r) => r.label.split('\n').map((l) => textWidth(l, FONT))));
	const plotW = width - MARGIN.left - marginRight;
	const published = rows.filter((r) => y(r) !== null);
	const tip = (r: DepartureRow) =>
		`${r.incident} · ${formatDate(r.date, locale)} (${ko ? `${r.day}일째` : `day ${r.day}`}): ${amount(y(r)!, r)}${r.note ? ` — ${r.note}` : ''}`;
	return {
		width,
		height: HEIGHT,
		marginTop: MARGIN.top,
		marginRight,
		marginBottom: MARGIN.bottom,
		marginLeft: MARGIN.left,
		ariaLabel: view === 'daily' ? (ko ? '위약금 면제 기간 일별 이탈 선 차트' : 'Daily departures in the fee-waiver windows, line chart') : ko ? '위약금 면제 기간 누적 이탈 선 차트' : 'Cumulative departures in the fee-waiver windows, line chart',
		x: {
			domain: [1, maxDays],
			label: ko ? '면제 기간 며칠째 (1 = 첫날)' : 'Day of the fee-waiver window (1 = first day)',
			ticks: Math.min(maxDays, ticksThatFit(plotW, textWidth(String(maxDays), FONT))),
			tickFormat: (d: number) => (Number.isInteger(d) ? `${d}` : ''),
		},
		y: {
			domain: [0, top],
			label: view === 'daily' ? (ko ? '하루 이탈 (기준은 색 구분 참조)' : 'Departures a day (basis in the key)') : ko ? '누적 이탈' : 'Cumulative departures',
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
