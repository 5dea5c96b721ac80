// Ships to the browser: the uncertainty chart's default view — P5–P95 per component and total.
import * as Plot from '@observablehq/plot';
import { scaleLinear } from 'd3';
import { BLOCKS, BLOCK_LABELS } from '../../lib/model/index.ts';
import { formatKrw } from '../../lib/format/formatNumber.ts';
import type { ChartContext } from '../shared/types.ts';
import { MUTED, seriesColor } from '../shared/palette.ts';
import type { KeyEntry } from '../shared/chartKey.ts';
import { FONT, isNarrow } from '../shared/chartSize.ts';
import { textWidth } from '../shared/textFit.ts';
import { linearTicks } from '../shared/tickFit.ts';
import { bandFrame, bandLayout, layoutMarks, type LayoutGroup } from '../shared/bandLayout.ts';
import type { RunInfo } from '../shared/modelRuns.ts';
import { formatKrwRange } from '../shared/estimateFormat.ts';
import type { UncertaintyRow } from './rows.ts';
import { modelUncertaintyText } from './messages.ts';
import { spreadText } from './captions.ts';

const STEP = 20;
const BAR = 10;
const LABEL_W = 170;
const MARGIN = { top: 36, bottom: 40 } as const;

/** Key to what the default view draws besides the incident colours. */
export function uncertaintyKey(locale: ChartContext['locale']): KeyEntry[] {
	return [
		{ label: modelUncertaintyText(locale, 'chart.model-uncertainty.key.range'), color: MUTED, opacity: 0.4 },
		{ label: 'P50', color: 'currentColor', shape: 'tick' },
		{ label: modelUncertaintyText(locale, 'chart.model-uncertainty.key.central'), color: 'currentColor', shape: { symbol: 'circle', hollow: true } },
	];
}

/** The default view: P5–P95 per component and total, with P50 and the all-central value. */
export function uncertaintyPlot(rows: readonly UncertaintyRow[], runs: readonly RunInfo[], ctx: ChartContext): Plot.PlotOptions {
	const { locale, width } = ctx;
	const spread = rows.filter((r) => r.view === 'spread');
	const key = (r: UncertaintyRow) => `${r.incidentId}|${r.id}`;
	const groups: LayoutGroup[] = (['total', ...BLOCKS] as const).map((g) => {
		const mine = spread.filter((r) => r.group === g);
		const ids = [...new Set(mine.map((r) => r.id))];
		return {
			id: g,
			heading: g === 'total' ? modelUncertaintyText(locale, 'chart.model-uncertainty.group.total') : BLOCK_LABELS[g][locale],
			blocks: ids.map((id) => ({ id, label: mine.find((r) => r.id === id)!.label, rows: mine.filter((r) => r.id === id).map((r) => ({ key: key(r), tick: r.incident })) })),
		};
	});
	const stacked = isNarrow(width);
	const tickW = Math.max(24, ...runs.map((r) => textWidth(r.incident, FONT)));
	const marginLeft = stacked ? tickW + 12 : LABEL_W + tickW + 16;
	const layout = bandLayout(groups, stacked ? width - 8 : LABEL_W, STEP, MARGIN.top + MARGIN.bottom, stacked, width - 8);
	const top = scaleLinear().domain([0, Math.max(1, ...spread.flatMap((r) => [r.p95!, r.central]))]).nice().domain()[1]!;
	const rangeText = (r: UncertaintyRow) => formatKrwRange(r.p5!, r.p95!, locale);
	// Room on the right for the widest range label; on a phone the labels sit inside the plot instead.
	const marginRight = stacked ? 8 : 12 + Math.max(40, ...spread.map((r) => textWidth(rangeText(r), FONT)));
	const plotW = width - marginLeft - marginRight;
	const tip = (r: UncertaintyRow) => spreadText(r, locale);
	const inset = (STEP - BAR) / 2;
	// Just past the range, or, where that would run off the chart, right-aligned inside it. (A halo
	// there, tried, hid most of the bar and its P50 behind the text on a phone.)
	const rangeLabelX = (r: UncertaintyRow, w: number) => Math.min(Math.max(r.p95!, r.central) + (8 / plotW) * top, top * (1 + (marginRight - w - 2) / plotW));
	return {
		...bandFrame(layout, width, { ...MARGIN, right: marginRight }, marginLeft),
		ariaLabel: modelUncertaintyText(locale, 'chart.model-uncertainty.ariaLabel'),
		x: { domain: [0, top], axis: 'both', grid: true, ticks: linearTicks(0, top, plotW, (d) => formatKrw(d, locale), FONT), tickFormat: (d: number) => formatKrw(d, locale), label: modelUncertaintyText(locale, 'chart.model-uncertainty.axis.x'), labelAnchor: 'center' },
		marks: [
			...layoutMarks(layout, marginLeft),
			Plot.barX(spread, { y: key, x1: 'p5', x2: 'p95', fill: (r: UncertaintyRow) => seriesColor(r.index), fillOpacity: 0.4, insetTop: inset, insetBottom: inset, title: tip }),
			Plot.tickX(spread, { y: key, x: 'p50', stroke: 'currentColor', strokeWidth: 2, inset: inset - 2 }),
			Plot.dot(spread, { y: key, x: 'central', r: 3.5, symbol: 'circle', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, title: tip }),
			Plot.text(spread, { y: key, x: (r: UncertaintyRow) => rangeLabelX(r, textWidth(rangeText(r), FONT)), text: rangeText, textAnchor: 'start', fill: 'currentColor' }),
			// The zero line runs beside the bars only, so it never crosses a heading or a label above its bar.
			Plot.ruleX(spread, { y: key, x: 0, stroke: 'currentColor' }),
		],
	};
}
