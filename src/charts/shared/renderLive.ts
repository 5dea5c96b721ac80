// Ships to the browser: re-renders a chart where a reader changed something. Plot is loaded on
// demand, so pages that never redraw never download it.
import type { PlotOptions } from '@observablehq/plot';
import { finishSvg, PLOT_CLASS } from './normaliseSvg.ts';

/** Renders `options` with the page's own document; ids get `idPrefix` (never `ssr-`, the build's). */
export async function renderLiveSvg(options: PlotOptions, idPrefix: string): Promise<string> {
	const Plot = await import('@observablehq/plot');
	const node = Plot.plot({ ...options, className: PLOT_CLASS }) as unknown as Element;
	return finishSvg(node, idPrefix);
}
