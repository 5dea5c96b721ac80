/**
 * The yardstick for the overview's loading speed: a page with three of the site's own build-time
 * charts and one paragraph, nothing else, written beside the built site so Lighthouse can load it
 * from the same server. The overview's LCP is reported as a ratio of this page's.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const REFERENCE_PATH = '/__bench-reference/';

/** Charts whose pages lend their drawings to the reference page: short, medium and tall. */
const REFERENCE_CHARTS = ['scale', 'timeline', 'cost-per-person'];

/**
 * Takes the desktop drawing of three charts from their chart pages (each chart page carries a desktop
 * and a phone drawing of the same chart) and the stylesheets from the built overview.
 */
export function writeReferencePage(dist: string): string {
	const overview = readFileSync(join(dist, 'index.html'), 'utf8');
	const svgs = REFERENCE_CHARTS.map((id) => {
		const page = readFileSync(join(dist, 'charts', id, 'index.html'), 'utf8');
		const svg = page.match(/<svg\b[^>]*class="chart-svg"[\s\S]*?<\/svg>/)?.[0];
		if (!svg) throw new Error(`dist/charts/${id}/index.html has no chart SVG for the reference page`);
		return svg;
	});
	const head = overview.match(/<head>[\s\S]*?<\/head>/)?.[0] ?? '<head><meta charset="utf-8"></head>';
	const styles = [...head.matchAll(/<link[^>]+rel="stylesheet"[^>]*>|<style[^>]*>[\s\S]*?<\/style>|<meta[^>]+(?:charset|viewport|http-equiv)[^>]*>/g)].map((m) => m[0]);
	const html = [
		'<!doctype html><html lang="ko"><head>',
		...styles,
		'<title>Reference page</title></head><body><main>',
		'<p>Three build-time charts and a paragraph: the lightest page that still shows what the overview shows first.</p>',
		...svgs.map((svg) => `<figure>${svg}</figure>`),
		'</main></body></html>',
	].join('\n');
	const dir = join(dist, REFERENCE_PATH);
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'index.html'), html);
	return REFERENCE_PATH;
}
