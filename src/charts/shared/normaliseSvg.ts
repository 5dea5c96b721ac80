// Ships to the browser: makes Plot's SVG output safe to inline beside other renders of it.
import { FONT } from './chartSize.ts';

/**
 * Prefixes the ids Plot generates (plot-clip-N …) and renumbers them from 1, so build-time and
 * browser renders on one page never collide and output is stable for snapshots; rounds long
 * decimals (coordinates) to 2 places, leaving short ones such as opacities and em offsets alone.
 */
export function normaliseSvg(svg: string, idPrefix: string): string {
	const seen = new Map<string, number>();
	return svg
		.replace(/plot-(clip|marker|pattern|gradient)-(\d+)/g, (id: string, kind: string) => {
			if (!seen.has(id)) seen.set(id, seen.size + 1);
			return `${idPrefix}-${kind}-${seen.get(id)}`;
		})
		.replace(/(\d+\.\d{3,})/g, (d) => String(Math.round(Number(d) * 100) / 100));
}

/** Plot labels groups with aria-label; axe requires such groups to have a role. */
function labelGroups(svg: Element): void {
	svg.querySelectorAll('g[aria-label]').forEach((g) => g.setAttribute('role', 'group'));
}

/**
 * The SVG without its per-mark tooltips (<title>). They are a third of a chart's markup and only a
 * mouse shows them, so compact figures and phone drawings leave them out; the chart page keeps them
 * on its desktop drawing, beside the data table that holds the same values.
 */
export function withoutTips(svg: string): string {
	return svg.replace(/<title>[\s\S]*?<\/title>/g, '');
}

/** Class Plot puts on every chart; charts.css styles it. */
export const PLOT_CLASS = 'chart-svg';

/**
 * The steps every render shares, at build time (linkedom) and in the browser: take the <svg> out of
 * Plot's figure wrapper if any, drop Plot's <style> (its rules are in charts.css, keeping the CSP
 * strict), set the base text size, give aria-labelled groups and the named <svg> a role, then prefix ids and round decimals.
 */
export function finishSvg(node: Element, idPrefix: string): string {
	const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg')!;
	svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	svg.querySelectorAll('style').forEach((s) => s.remove());
	// Plot's default is 10 px; marks that set their own size keep it (chartSize.ts sets the floor).
	svg.setAttribute('font-size', String(FONT));
	labelGroups(svg);
	// Plot names the chart with aria-label on the <svg>; a name needs a role that takes one (valid
	// HTML, and a downloaded SVG opened on its own still announces itself as an image).
	if (svg.hasAttribute('aria-label')) svg.setAttribute('role', 'img');
	return normaliseSvg(svg.outerHTML, idPrefix);
}
