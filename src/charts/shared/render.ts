/**
 * The single place that turns Plot options into SVG markup at build time, with a server DOM
 * (linkedom). The browser twin is renderLive.ts; both finish the output with finishSvg so ids never
 * collide and Plot's <style> never needs a CSP hash.
 */
import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { finishSvg, normaliseSvg, PLOT_CLASS, withoutTips } from './normaliseSvg.ts';

export { normaliseSvg, PLOT_CLASS, withoutTips };

export function renderSvg(options: PlotOptions, idPrefix: string): string {
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	const node = Plot.plot({ ...options, className: PLOT_CLASS, document } as PlotOptions) as unknown as Element;
	return finishSvg(node, idPrefix);
}
