/**
 * The single place that turns Plot options into SVG markup at build time, with a server DOM
 * (linkedom). It also normalises Plot's output for inlining into pages:
 * - ids Plot generates (plot-clip-N …) get a per-chart prefix so build-time and browser renders
 *   on one page never collide;
 * - Plot's <style> element is dropped (its rules live in src/styles/charts.css, so the page CSP
 *   needs no extra hash), and groups with aria-label get role="group" (axe requires a role);
 * - long decimals (coordinates) are rounded to 2 places to keep pages light; short ones such as
 *   opacities and em offsets are left alone.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { PlotOptions } from '@observablehq/plot';

/** Class Plot puts on every chart; charts.css styles it. */
export const PLOT_CLASS = 'chart-svg';

export function renderSvg(options: PlotOptions, idPrefix: string): string {
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	const node = Plot.plot({ ...options, className: PLOT_CLASS, document } as PlotOptions) as unknown as Element;
	// A figure wrapper appears when a legend or caption is requested; we add our own furniture instead.
	const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg')!;
	svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	svg.querySelectorAll('style').forEach((s) => s.remove());
	svg.querySelectorAll('g[aria-label]').forEach((g) => g.setAttribute('role', 'group'));
	return normaliseSvg(svg.outerHTML, idPrefix);
}

/** Prefixes generated ids and rounds long decimals; exported for the snapshot tests. */
export function normaliseSvg(svg: string, idPrefix: string): string {
	// Plot numbers ids from a process-wide counter; renumber from 1 so output is stable per chart.
	const seen = new Map<string, number>();
	return svg
		.replace(/plot-(clip|marker|pattern|gradient)-(\d+)/g, (id: string, kind: string) => {
			if (!seen.has(id)) seen.set(id, seen.size + 1);
			return `${idPrefix}-${kind}-${seen.get(id)}`;
		})
		.replace(/(\d+\.\d{3,})/g, (d) => String(Math.round(Number(d) * 100) / 100));
}
