// Ships to the browser: a chart spec drawn at the desktop width and again at the phone width.
import type { PlotOptions } from '@observablehq/plot';
import { withKey } from './chartKey.ts';
import { NARROW_WIDTH } from './chartSize.ts';
import type { ChartContext, ChartSpec } from './types.ts';

/** The spec with its key drawn into the chart and into every view (a view may bring its own). */
function keyed<Row>(spec: ChartSpec<Row>): ChartSpec<Row> {
	const key = (plot: PlotOptions, legend = spec.legend) => withKey(plot, legend);
	return { ...spec, plot: key(spec.plot), ...(spec.views ? { views: spec.views.map((v) => ({ ...v, plot: key(v.plot, v.legend) })) } : {}) };
}

/**
 * Builds a chart at `ctx.width` and, unless that is already the phone width, again at NARROW_WIDTH:
 * a phone cannot show a desktop drawing scaled down without shrinking its text below 12 px. Text,
 * rows and sources come from the first build; only the drawings differ.
 */
export function atTwoWidths<Row>(ctx: ChartContext, build: (ctx: ChartContext) => ChartSpec<Row>): ChartSpec<Row> {
	const wide = keyed(build(ctx));
	if (ctx.width <= NARROW_WIDTH || wide.empty) return wide;
	const narrow = keyed(build({ ...ctx, width: NARROW_WIDTH }));
	return { ...wide, narrow: { plot: narrow.plot, views: (narrow.views ?? []).map((v) => v.plot) } };
}
