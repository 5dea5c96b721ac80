// Ships to the browser: the cost chart's Plot options — modelled cost per item beside what was announced.
import * as Plot from '@observablehq/plot';
import { scaleLinear } from 'd3';
import { COMPONENT_IDS } from '../../lib/model/index.ts';
import { formatKrw } from '../../lib/format/formatNumber.ts';
import type { ChartContext } from '../shared/types.ts';
import { RANGE, seriesColor } from '../shared/palette.ts';
import { textWidth } from '../shared/textFit.ts';
import { linearTicks } from '../shared/tickFit.ts';
import { FONT, isNarrow } from '../shared/chartSize.ts';
import { bandFrame, bandLayout, layoutMarks, type LayoutGroup } from '../shared/bandLayout.ts';
import type { RunInfo } from '../shared/modelRuns.ts';
import type { KeyEntry } from '../shared/chartKey.ts';
import { formatKrwRange, formatModelKrw } from '../shared/estimateFormat.ts';
import { inSentence } from '../shared/sentence.ts';
import { COST_GROUPS, costGroupLabel, type CostRow } from './rows.ts';
import { costVsAnnouncedText } from './messages.ts';

const STEP = 20;
const BAR = 10;
const LABEL_W = 170;
const MARGIN = { top: 36, bottom: 40 } as const;
const KIND_ORDER = { component: 0, part: 1, compared: 2 } as const;

const rowKey = (r: CostRow) => `${r.incidentId}|${r.id}`;
const blockId = (r: CostRow) => (r.kind === 'component' ? r.id : `${r.incidentId}:${r.id}`);
/** How each compared figure is drawn: the symbol and its fill (its name is `chart.cost-vs-announced.marker.<figure>`). */
const MARKERS = {
	retail: { symbol: 'circle', hollow: true },
	press: { symbol: 'times', hollow: true },
	stated: { symbol: 'diamond', hollow: false },
} as const;

const markerLabel = (k: keyof typeof MARKERS, locale: ChartContext['locale']) => costVsAnnouncedText(locale, `chart.cost-vs-announced.marker.${k}`);

/** Key entries for the P5–P95 line and for each marker the rows draw. */
export function costMarkerKey(rows: readonly CostRow[], locale: ChartContext['locale']): KeyEntry[] {
	if (!rows.length) return [];
	const range: KeyEntry = { label: costVsAnnouncedText(locale, 'chart.cost-vs-announced.key.range'), color: RANGE, shape: 'line' };
	const markers = (['stated', 'press', 'retail'] as const)
		.filter((k) => rows.some((r) => r[k] !== null))
		.map((k): KeyEntry => ({ label: markerLabel(k, locale), color: 'currentColor', shape: { symbol: MARKERS[k].symbol, hollow: MARKERS[k].hollow } }));
	return [range, ...markers];
}

/** Largest value a row draws (bar end, range, markers), for the axis. */
const extent = (r: CostRow) => Math.max(r.p50, r.p95, r.stated ?? 0, r.press ?? 0, r.retail ?? 0);

/** Where the value label starts (px): just past the bar and its range, hopping over any marker in its way. */
function labelX(r: CostRow, px: (v: number) => number, width: number): number {
	let start = px(Math.max(r.p50, r.p95)) + 7;
	for (const m of [r.stated, r.press, r.retail].filter((v): v is number => v !== null).map(px).sort((a, b) => a - b)) {
		if (m + 8 >= start && m - 8 <= start + width) start = m + 11;
	}
	return start;
}

/** Groups of blocks: components (one sub-row per incident) before parts and bundles, in model order. */
function costGroups(rows: readonly CostRow[], locale: ChartContext['locale']): LayoutGroup[] {
	const rank = (r: CostRow) => KIND_ORDER[r.kind] * 100 + Math.max(0, COMPONENT_IDS.indexOf(r.id as (typeof COMPONENT_IDS)[number]));
	return COST_GROUPS.map((g) => {
		const mine = rows.filter((r) => r.group === g).sort((a, b) => rank(a) - rank(b));
		const blocks = new Map<string, LayoutGroup['blocks'][number]>();
		for (const r of mine) {
			const id = blockId(r);
			if (!blocks.has(id)) blocks.set(id, { id, label: r.label, rows: [] });
			blocks.get(id)!.rows.push({ key: rowKey(r), tick: r.incident });
		}
		return { id: g, heading: costGroupLabel(g, locale), blocks: [...blocks.values()] };
	});
}

export function costVsAnnouncedPlot(rows: readonly CostRow[], runs: readonly RunInfo[], ctx: ChartContext): Plot.PlotOptions {
	const { locale, width } = ctx;
	const stacked = isNarrow(width);
	const tickW = Math.max(24, ...runs.map((r) => textWidth(r.incident, FONT)));
	const marginLeft = stacked ? tickW + 12 : LABEL_W + tickW + 16;
	const layout = bandLayout(costGroups(rows, locale), stacked ? width - 8 : LABEL_W, STEP, MARGIN.top + MARGIN.bottom, stacked, width - 8);
	const top = scaleLinear().domain([0, Math.max(1, ...rows.map(extent))]).nice().domain()[1]!;
	const krw = (v: number) => formatModelKrw(v, locale);
	// Room on the right for the widest value label (they start just past their bar).
	const marginRight = 12 + Math.max(40, ...rows.map((r) => textWidth(krw(r.p50), FONT)));
	const tip = (r: CostRow) => `${r.incident} · ${r.label}: P50 ${krw(r.p50)} (P5–P95 ${formatKrwRange(r.p5, r.p95, locale)})`;
	const inset = (STEP - BAR) / 2;
	const y = { y: rowKey };
	const withValue = (k: 'stated' | 'press' | 'retail') => rows.filter((r) => r[k] !== null);
	const markTip = (what: string, k: 'stated' | 'press' | 'retail', by?: 'statedBy' | 'pressBy') => (r: CostRow) =>
		`${r.incident} · ${r.label} — ${what}: ${krw(r[k]!)}${by && r[by] ? ` (${r[by]})` : ''}`;
	const plotW = width - marginLeft - marginRight;
	const px = (v: number) => (v / top) * plotW;
	const valueX = (r: CostRow) => (labelX(r, px, textWidth(krw(r.p50), FONT)) / plotW) * top;
	return {
		...bandFrame(layout, width, { ...MARGIN, right: marginRight }, marginLeft),
		ariaLabel: costVsAnnouncedText(locale, 'chart.cost-vs-announced.ariaLabel'),
		// On a phone the value labels' margin puts the plot's centre well left of the image's, so the
		// axis label starts at the plot's left edge instead of running off the image from its centre.
		x: { domain: [0, top], axis: 'both', grid: true, ticks: linearTicks(0, top, plotW, (d) => formatKrw(d, locale), FONT), tickFormat: (d: number) => formatKrw(d, locale), label: costVsAnnouncedText(locale, 'chart.cost-vs-announced.axis.x'), labelAnchor: stacked ? 'left' : 'center' },
		marks: [
			...layoutMarks(layout, marginLeft),
			Plot.barX(rows, { ...y, x1: 0, x2: 'p50', fill: (r: CostRow) => seriesColor(r.index), insetTop: inset, insetBottom: inset, title: tip }),
			Plot.ruleY(rows, { ...y, x1: 'p5', x2: 'p95', stroke: RANGE, strokeWidth: 2 }),
			Plot.tickX(rows, { ...y, x: 'p5', stroke: RANGE, strokeWidth: 1.5, inset: inset + 1 }),
			Plot.tickX(rows, { ...y, x: 'p95', stroke: RANGE, strokeWidth: 1.5, inset: inset + 1 }),
			Plot.dot(withValue('retail'), { ...y, x: 'retail', r: 4, symbol: 'circle', fill: 'none', stroke: 'currentColor', strokeWidth: 1.25, title: markTip(inSentence(markerLabel('retail', locale), locale), 'retail') }),
			Plot.dot(withValue('press'), { ...y, x: 'press', r: 4, symbol: 'times', stroke: 'currentColor', strokeWidth: 1.5, title: markTip(inSentence(markerLabel('press', locale), locale), 'press', 'pressBy') }),
			Plot.dot(withValue('stated'), { ...y, x: 'stated', r: 4.5, symbol: 'diamond', fill: 'currentColor', title: markTip(inSentence(markerLabel('stated', locale), locale), 'stated', 'statedBy') }),
			Plot.text(rows, { ...y, x: valueX, text: (r: CostRow) => krw(r.p50), textAnchor: 'start', fill: 'currentColor' }),
			// The zero line runs beside the bars only, so it never crosses a heading or a label above its bar.
			Plot.ruleX(rows, { ...y, x: 0, stroke: 'currentColor' }),
		],
	};
}
