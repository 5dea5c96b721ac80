/**
 * Build-time only (reads files): turns an inline chart SVG into a self-contained file for download —
 * CSS variables resolved to the light theme from src/styles/tokens.css, title and source line drawn
 * in, a background added — and rasterises it to PNG with the bundled Pretendard font (OFL), so Korean
 * glyphs render the same on any machine.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
const FONT_DIR = require.resolve('pretendard/package.json').replace(/package\.json$/, 'dist/public/static/alternative/');
const FONT_FILES = [`${FONT_DIR}Pretendard-Regular.ttf`, `${FONT_DIR}Pretendard-Bold.ttf`];

let lightTokens: Map<string, string> | undefined;

/** Light-theme custom properties from tokens.css (the palette's single source). */
export function tokenValues(): Map<string, string> {
	if (lightTokens) return lightTokens;
	// Resolved from the project root: this module is bundled into dist/ at build time, so import.meta.url moves.
	const css = readFileSync(join(process.cwd(), 'src', 'styles', 'tokens.css'), 'utf8');
	const rootBlock = css.slice(css.indexOf(':root'), css.indexOf('}'));
	lightTokens = new Map([...rootBlock.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
	return lightTokens;
}

function resolveVars(svg: string): string {
	const tokens = tokenValues();
	return svg
		.replace(/var\((--[\w-]+)\)/g, (_, name: string) => tokens.get(name) ?? '#000')
		.replace(/currentColor/g, tokens.get('--fg') ?? '#000');
}

const escapeXml = (s: string) => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/** Wraps the chart SVG with its title, takeaway and source line, all colours resolved. */
export function standaloneSvg(chartSvg: string, title: string, takeaway: string, sourceLine: string): string {
	const inner = resolveVars(chartSvg);
	const width = Number(/width="(\d+(?:\.\d+)?)"/.exec(inner)?.[1] ?? 720);
	const height = Number(/height="(\d+(?:\.\d+)?)"/.exec(inner)?.[1] ?? 400);
	const tokens = tokenValues();
	const head = 64;
	const foot = 36;
	const total = height + head + foot;
	const font = "Pretendard, 'Noto Sans CJK KR', system-ui, sans-serif";
	const body = inner.replace(/^<svg /, `<svg x="0" y="${head}" `);
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="${font}">` +
		`<rect width="100%" height="100%" fill="${tokens.get('--bg') ?? '#fff'}"/>` +
		`<text x="0" y="22" font-size="17" font-weight="700" fill="${tokens.get('--fg')}">${escapeXml(title)}</text>` +
		`<text x="0" y="46" font-size="12" fill="${tokens.get('--fg')}">${escapeXml(takeaway)}</text>` +
		body.replace(/font-family="[^"]*"/, `font-family="${font}"`) +
		`<text x="0" y="${total - 12}" font-size="10" fill="${tokens.get('--muted')}">${escapeXml(sourceLine)}</text>` +
		`</svg>`
	);
}

/** PNG at 2× for print and slides. */
export function svgToPng(svg: string): Uint8Array {
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'zoom', value: 2 },
		font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Pretendard' },
	});
	return resvg.render().asPng();
}
