/**
 * The yardstick for the overview's loading speed: a page with three of the site's own build-time
 * charts and one paragraph, nothing else, written beside the built site so Lighthouse can load it
 * from the same server. The overview's LCP is reported as a ratio of this page's.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const REFERENCE_PATH = '/__bench-reference/';

/** Takes the first three chart SVGs and the stylesheets from the built overview. */
export function writeReferencePage(dist: string): string {
	const overview = readFileSync(join(dist, 'index.html'), 'utf8');
	// Distinct charts only: a chart with two views (e.g. log and linear scale) carries two SVGs.
	const byLabel = new Map<string, string>();
	for (const [svg] of overview.matchAll(/<svg\b[^>]*class="chart-svg"[\s\S]*?<\/svg>/g)) {
		const label = svg.match(/aria-label="([^"]*)"/)?.[1] ?? svg;
		if (!byLabel.has(label)) byLabel.set(label, svg);
	}
	const svgs = [...byLabel.values()].slice(0, 3);
	if (svgs.length < 3) throw new Error(`the built overview has ${svgs.length} chart SVGs; the reference page needs 3`);
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
