// Chart 6 — quarterly operating profit, with the quarters each breach touched.
import * as Plot from '@observablehq/plot';
import { scaleLinear } from 'd3';
import type { Incident } from '../schemas/incident.ts';
import { formatKrw } from '../lib/format/formatNumber.ts';
import type { ChartContext, ChartModel } from './types.ts';
import { MUTED, seriesColor } from './palette.ts';
import { legendFor } from './incidentLegend.ts';
import { spreadLabels } from './labelPlacement.ts';
import { textWidth } from './textFit.ts';
import { MARK_LABEL, financialRows, quarterMarks, type FinancialRow } from './financialRows.ts';
import { financialText } from './financialText.ts';
import { quarterIndex, quarterLabel, quarterRange } from './quarter.ts';

export { financialRows, type FinancialRow } from './financialRows.ts';

const FONT = 9;
const PLOT_H = 300;
const LINE = 11;

export function financialChart(incidents: readonly Incident[], ctx: ChartContext): ChartModel<FinancialRow> {
	const { locale, width } = ctx;
	const ko = locale === 'ko';
	const rows = financialRows(incidents, locale);
	const order = rows.map((r) => quarterIndex(r.quarter));
	const quarters = rows.length ? quarterRange(rows.find((r) => quarterIndex(r.quarter) === Math.min(...order))!.quarter, rows.find((r) => quarterIndex(r.quarter) === Math.max(...order))!.quarter) : [];
	const marks = quarterMarks(incidents, locale);
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
	const text = financialText(incidents, rows, marks, quarters, locale);
	return {
		id: 'financials',
		...text,
		rows,
		columns: [
			{ key: 'incident', label: { ko: '사고', en: 'Incident' }, value: (r) => r.incident },
			{ key: 'quarter', label: { ko: '분기', en: 'Quarter' }, value: (r) => r.quarter, format: (r, l) => quarterLabel(r.quarter, l) },
			{ key: 'value', label: { ko: '영업이익(원, 연결)', en: 'Operating profit (won, consolidated)' }, value: (r) => r.value, format: (r, l) => formatKrw(r.value, l), numeric: true },
			{ key: 'note', label: { ko: '메모', en: 'Note' }, value: (r) => r.note },
			{ key: 'sources', label: { ko: '출처', en: 'Sources' }, value: (r) => r.sources.join(' ') },
		],
		plot: {
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
		},
		legend: legendFor(incidents, locale),
		...(rows.length === 0
			? { empty: { reason: ko ? '연결 기준 분기 영업이익 자료가 없다.' : 'No consolidated quarterly operating profit in the data.' } }
			: {}),
	};
}
