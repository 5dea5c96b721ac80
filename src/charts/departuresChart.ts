// Chart 4 — departures day by day inside each fee-waiver window.
import * as Plot from '@observablehq/plot';
import { scaleLinear } from 'd3';
import type { Incident } from '../schemas/incident.ts';
import { formatExact, formatValue } from '../lib/format/formatNumber.ts';
import { formatDate } from '../lib/format/formatDate.ts';
import type { ChartContext, ChartModel } from './types.ts';
import { seriesColor } from './palette.ts';
import { legendFor } from './incidentLegend.ts';
import { spreadLabels } from './labelPlacement.ts';
import { basisText, departuresRows, waiverOutcome, type DepartureRow } from './departuresRows.ts';
import { departuresText } from './departuresText.ts';

export { departuresRows, type DepartureRow } from './departuresRows.ts';

const HEIGHT = 380;
const MARGIN = { top: 20, right: 150, bottom: 40, left: 64 } as const;
const FONT = 10;

export function departuresChart(incidents: readonly Incident[], ctx: ChartContext): ChartModel<DepartureRow> {
	const { locale, width } = ctx;
	const ko = locale === 'ko';
	const rows = departuresRows(incidents, locale);
	const series = [...new Set(rows.map((r) => r.incidentId))].map((id) => rows.filter((r) => r.incidentId === id));
	const maxDays = Math.max(1, ...rows.map((r) => r.day));
	const color = (r: { index: number }) => seriesColor(r.index);
	const amount = (v: number, r: DepartureRow) => formatValue(v, r.unit, locale);

	const build = (view: 'daily' | 'cumulative'): Plot.PlotOptions => {
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
		const dys = spreadLabels(refs.map((r) => plotH * (1 - r.v / top)), 28);
		const published = rows.filter((r) => y(r) !== null);
		const tip = (r: DepartureRow) =>
			`${r.incident} · ${formatDate(r.date, locale)} (${ko ? `${r.day}일째` : `day ${r.day}`}): ${amount(y(r)!, r)}${r.note ? ` — ${r.note}` : ''}`;
		return {
			width,
			height: HEIGHT,
			marginTop: MARGIN.top,
			marginRight: MARGIN.right,
			marginBottom: MARGIN.bottom,
			marginLeft: MARGIN.left,
			ariaLabel: view === 'daily' ? (ko ? '위약금 면제 기간 일별 이탈 선 차트' : 'Daily departures in the fee-waiver windows, line chart') : ko ? '위약금 면제 기간 누적 이탈 선 차트' : 'Cumulative departures in the fee-waiver windows, line chart',
			x: {
				domain: [1, maxDays],
				label: ko ? '면제 기간 며칠째 (1 = 첫날)' : 'Day of the fee-waiver window (1 = first day)',
				ticks: Math.min(maxDays, 15),
				tickFormat: (d: number) => (Number.isInteger(d) ? `${d}` : ''),
			},
			y: {
				domain: [0, top],
				label: view === 'daily' ? (ko ? '하루 이탈 (사고별 기준은 색 구분 참조)' : 'Departures a day (basis per incident in the key)') : ko ? '누적 이탈' : 'Cumulative departures',
				tickFormat: (d: number) => formatExact(d, locale, 0),
				grid: true,
			},
			marks: [
				Plot.ruleY([0]),
				...refs.map((r) =>
					Plot.ruleY([r], { y: 'v', x1: 1, x2: view === 'daily' ? maxDays : r.windowDays, stroke: color(r), strokeDasharray: '5,4', strokeOpacity: 0.8 }),
				),
				...refs.map((r, i) =>
					Plot.text([r], { x: maxDays, y: 'v', dy: dys[i]!, text: 'label', textAnchor: 'start', dx: 8, fontSize: FONT, lineHeight: 1.2, fill: 'currentColor' }),
				),
				// Unpublished days are null, so each line breaks there instead of dropping to zero.
				Plot.lineY(rows, { x: 'day', y, z: 'incidentId', stroke: color, strokeWidth: 2 }),
				Plot.dot(published, { x: 'day', y, fill: color, r: 3.5, title: tip }),
			],
		};
	};

	const text = departuresText(incidents, rows, locale);
	return {
		id: 'departures',
		...text,
		rows,
		columns: [
			{ key: 'incident', label: { ko: '사고', en: 'Incident' }, value: (r) => r.incident },
			{ key: 'date', label: { ko: '날짜', en: 'Date' }, value: (r) => r.date, format: (r, l) => formatDate(r.date, l) },
			{ key: 'day', label: { ko: '며칠째', en: 'Day of window' }, value: (r) => r.day, numeric: true },
			{
				key: 'value',
				label: { ko: '이탈', en: 'Departures' },
				value: (r) => r.value,
				format: (r, l) => (r.value === null ? (l === 'ko' ? '미공개' : 'not published') : formatExact(r.value, l)),
				numeric: true,
			},
			{
				key: 'cumulative',
				label: { ko: '누적', en: 'Cumulative' },
				value: (r) => r.cumulative,
				format: (r, l) => (r.cumulative === null ? (l === 'ko' ? '알 수 없음' : 'unknown') : formatExact(r.cumulative, l)),
				numeric: true,
			},
			{ key: 'unit', label: { ko: '단위', en: 'Unit' }, value: (r) => r.unit },
			{ key: 'basis', label: { ko: '기준', en: 'Basis' }, value: (r) => r.basis },
			{ key: 'windowTotal', label: { ko: '기간 합계', en: 'Window total' }, value: (r) => r.windowTotal, format: (r, l) => formatExact(r.windowTotal, l), numeric: true },
			{ key: 'note', label: { ko: '메모', en: 'Note' }, value: (r) => r.note },
			{ key: 'sources', label: { ko: '출처', en: 'Sources' }, value: (r) => r.sources.join(' ') },
		],
		plot: build('daily'),
		views: [
			{
				id: 'cumulative',
				label: ko ? '누적' : 'Cumulative',
				note: ko
					? '누적은 알 수 있는 날에만 점을 찍었다(사고별 설명 참조). 점선은 출처가 밝힌 기간 합계다.'
					: 'Running totals are drawn only on days where they are known (see the notes per incident). The dashed line is the window total the sources give.',
				plot: build('cumulative'),
			},
		],
		legend: legendFor(incidents, locale, (inc) => {
			const o = waiverOutcome(inc);
			return o ? basisText(o, locale) : ko ? '면제 기간 이탈 자료 없음' : 'no waiver-window departures in the data';
		}),
		...(rows.length === 0 ? { empty: { reason: ko ? '위약금 면제 기간의 이탈 자료가 없다.' : 'No departures data for a fee-waiver window.' } } : {}),
	};
}
