// Ships to the browser: the uncertainty chart's second view — one tornado per incident.
import * as Plot from '@observablehq/plot';
import { formatKrw } from '../../lib/format/formatNumber.ts';
import type { ChartContext } from '../shared/types.ts';
import { MUTED, seriesColor } from '../shared/palette.ts';
import type { KeyEntry } from '../shared/chartKey.ts';
import { SMALL_FONT, isNarrow } from '../shared/chartSize.ts';
import { textWidth } from '../shared/textFit.ts';
import { bandLayout, layoutMarks } from '../shared/bandLayout.ts';
import { totalOf } from '../../lib/model/index.ts';
import { type RunInfo } from '../shared/modelRuns.ts';
import { formatModelKrw } from '../shared/estimateFormat.ts';
import type { UncertaintyRow } from './rows.ts';
import { paramValue } from './captions.ts';
import { modelUncertaintyText } from './messages.ts';

// Tall enough for a two-line label beside its bar.
const STEP = 32;
const BAR = 12;
const LABEL_W = 190;
const MARGIN = { top: 36, right: 40, bottom: 40 } as const;
/** Opacity of the bar half drawn for an input's low end (the high end is solid). */
const LOW_OPACITY = 0.45;

/** Key to the two shades of a tornado bar. */
export function tornadoKey(locale: ChartContext['locale']): KeyEntry[] {
	return [
		{ label: modelUncertaintyText(locale, 'chart.model-uncertainty.tornado.key.low'), color: MUTED, opacity: LOW_OPACITY },
		{ label: modelUncertaintyText(locale, 'chart.model-uncertainty.tornado.key.high'), color: MUTED },
	];
}

export function tornadoPlot(rows: readonly UncertaintyRow[], runs: readonly RunInfo[], ctx: ChartContext): Plot.PlotOptions {
	const { locale, width } = ctx;
	const bars = rows.filter((r) => r.view === 'tornado');
	const key = (r: UncertaintyRow) => `t|${r.incidentId}|${r.id}`;
	const stacked = isNarrow(width);
	// The input values that put the total at each bar's left and right end.
	const endValues = (r: UncertaintyRow) => {
		const lowLeft = r.atLow! <= r.atHigh!;
		return { left: paramValue(lowLeft ? r.paramLow : r.paramHigh, r, locale), right: paramValue(lowLeft ? r.paramHigh : r.paramLow, r, locale) };
	};
	// On a phone there is no room beside the bars for those values (a bar near the scale's left end
	// pushed them off the image), so they follow the input's name on the line above its bar instead.
	const blockLabel = (r: UncertaintyRow) => {
		if (!stacked) return r.label;
		const { left, right } = endValues(r);
		return `${r.label}: ${left} → ${right}`;
	};
	const layout = bandLayout(
		runs.map((run) => ({
			id: run.incidentId,
			heading: modelUncertaintyText(locale, 'chart.model-uncertainty.tornado.heading', { incident: run.incident, total: formatModelKrw(totalOf(run.result, 'breach').cost.central, locale) }),
			blocks: bars.filter((r) => r.incidentId === run.incidentId).map((r) => ({ id: key(r), label: blockLabel(r), rows: [{ key: key(r), tick: '' }] })),
		})),
		stacked ? width - 8 : LABEL_W,
		stacked ? 20 : STEP,
		MARGIN.top + MARGIN.bottom,
		stacked,
		width - 8,
	);
	const marginLeft = stacked ? 8 : LABEL_W + 12;
	const step = layout.step;
	const plotW = width - marginLeft - MARGIN.right;
	const values = bars.flatMap((r) => [r.atLow!, r.atHigh!, r.central]);
	const lo = Math.min(...values);
	const hi = Math.max(...values);
	const span = hi - lo || Math.abs(hi) * 0.1 || 1;
	// Room each side of the bars for the input values written at their ends.
	const room = stacked ? 8 : Math.min(plotW / 4, 8 + Math.max(0, ...bars.flatMap((r) => [r.paramLow, r.paramHigh].map((v) => textWidth(paramValue(v, r, locale), SMALL_FONT)))));
	const pad = (span * room) / Math.max(1, plotW - 2 * room);
	// Each bar's left and right end, with the input value that puts the total there.
	const ends = bars.flatMap((r) => {
		const { left, right } = endValues(r);
		return [
			{ r, side: 'left' as const, x: Math.min(r.atLow!, r.atHigh!), text: left },
			{ r, side: 'right' as const, x: Math.max(r.atLow!, r.atHigh!), text: right },
		];
	});
	const tip = (r: UncertaintyRow) =>
		`${r.incident} · ${r.label}: ${paramValue(r.paramLow, r, locale)} → ${formatModelKrw(r.atLow!, locale)}; ${paramValue(r.paramHigh, r, locale)} → ${formatModelKrw(r.atHigh!, locale)}`;
	const inset = (step - BAR) / 2;
	const fill = (r: UncertaintyRow) => seriesColor(r.index);
	const endText = (side: 'left' | 'right') =>
		Plot.text(
			ends.filter((e) => e.side === side),
			{ y: (e) => key(e.r), x: 'x', text: 'text', textAnchor: side === 'left' ? 'end' : 'start', dx: side === 'left' ? -4 : 4, fontSize: SMALL_FONT, fill: 'currentColor' },
		);
	return {
		width,
		height: layout.height,
		marginTop: MARGIN.top,
		marginRight: MARGIN.right,
		marginBottom: MARGIN.bottom,
		marginLeft,
		ariaLabel: modelUncertaintyText(locale, 'chart.model-uncertainty.tornado.ariaLabel'),
		x: { domain: [lo - pad, hi + pad], axis: 'both', grid: true, ticks: Math.max(2, Math.floor(plotW / 160)), tickFormat: (d: number) => formatKrw(d, locale), label: modelUncertaintyText(locale, 'chart.model-uncertainty.tornado.axis.x'), labelAnchor: 'center' },
		y: { domain: layout.domain, axis: null, padding: 0 },
		marks: [
			...layoutMarks(layout, marginLeft),
			Plot.barX(bars, { y: key, x1: 'central', x2: 'atLow', fill, fillOpacity: LOW_OPACITY, insetTop: inset, insetBottom: inset, title: tip }),
			Plot.barX(bars, { y: key, x1: 'central', x2: 'atHigh', fill, insetTop: inset, insetBottom: inset, title: tip }),
			Plot.tickX(bars, { y: key, x: 'central', stroke: 'currentColor', strokeWidth: 1.25 }),
			...(stacked ? [] : [endText('left'), endText('right')]),
		],
	};
}
