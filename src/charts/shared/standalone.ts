/**
 * Build-time only (reads files): turns an inline chart SVG into a self-contained file for download —
 * CSS variables resolved to the light theme from src/styles/tokens.css, title, takeaway, source and
 * credit lines drawn in, margins and a background added — and rasterises it to PNG with the bundled Pretendard font (OFL), so Korean
 * glyphs render the same on any machine.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { wrapText } from './textFit.ts';

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

/** The words a downloaded chart carries around the drawing (its key is inside the drawing). */
export interface ExportText {
	title: string;
	takeaway: string;
	/** "Sources: publisher, publisher …" */
	sourceLine: string;
	/** Site name, data version and address, so a republished image says where it came from. */
	credit: string;
}

/** Blank space on every side of a downloaded image, in SVG units. */
export const EXPORT_MARGIN = 24;
const FONT = "Pretendard, 'Noto Sans CJK KR', system-ui, sans-serif";

/** Lines of text wrapped to `width`, each a <text> element, and the height they take. */
function block(text: string, size: number, lineH: number, width: number, y: number, attrs: string, bold = false): { svg: string; height: number } {
	const lines = text ? wrapText(text, width, size, bold) : [];
	const svg = lines
		.map((line, i) => `<text x="${EXPORT_MARGIN}" y="${y + (i + 1) * lineH - (lineH - size) / 2 - 2}" font-size="${size}" ${attrs}>${escapeXml(line)}</text>`)
		.join('');
	return { svg, height: lines.length * lineH };
}

/**
 * The chart as a file to publish: title, takeaway, the drawing (with its key), the source line and a
 * credit line, all wrapped within the chart's width, with EXPORT_MARGIN on every side and colours
 * resolved to the light theme.
 */
export function standaloneSvg(chartSvg: string, text: ExportText): string {
	const inner = resolveVars(chartSvg);
	const chartW = Number(/width="(\d+(?:\.\d+)?)"/.exec(inner)?.[1] ?? 640);
	const chartH = Number(/height="(\d+(?:\.\d+)?)"/.exec(inner)?.[1] ?? 400);
	const tokens = tokenValues();
	const fg = `fill="${tokens.get('--fg') ?? '#000'}"`;
	const muted = `fill="${tokens.get('--muted') ?? '#555'}"`;
	const width = chartW + 2 * EXPORT_MARGIN;
	let y = EXPORT_MARGIN;
	const parts: string[] = [];
	const add = (b: { svg: string; height: number }, gapAfter: number) => {
		parts.push(b.svg);
		y += b.height + (b.height ? gapAfter : 0);
	};
	add(block(text.title, 20, 26, chartW, y, `font-weight="700" ${fg}`, true), 4);
	add(block(text.takeaway, 15, 21, chartW, y, fg), 12);
	parts.push(inner.replace(/^<svg /, `<svg x="${EXPORT_MARGIN}" y="${y}" `).replace(/font-family="[^"]*"/, `font-family="${FONT}"`));
	y += chartH + 12;
	add(block(text.sourceLine, 12, 17, chartW, y, muted), 2);
	add(block(text.credit, 12, 17, chartW, y, muted), 0);
	const height = Math.ceil(y + EXPORT_MARGIN);
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">` +
		`<rect width="100%" height="100%" fill="${tokens.get('--bg') ?? '#fff'}"/>` +
		parts.join('') +
		`</svg>`
	);
}

/** The SVG rasterised at `zoom` (1× for the page, 2× for print and slides), with the bundled font. */
export function svgToPng(svg: string, zoom = 2): Uint8Array {
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'zoom', value: zoom },
		font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Pretendard' },
	});
	return resvg.render().asPng();
}
