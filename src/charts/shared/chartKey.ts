// Ships to the browser: the key (colours and symbols) drawn inside a chart's SVG, so it survives
// download and embedding.
import * as Plot from '@observablehq/plot';
import type { SymbolImplementation, SymbolName } from '@observablehq/plot';
import { FONT } from './chartSize.ts';
import { textWidth, wrapText } from './textFit.ts';

/** A custom Plot symbol: a short horizontal stroke, the key entry of a range line. */
const LINE_SYMBOL: SymbolImplementation = {
	draw(context, size) {
		const w = Math.sqrt(size) * 1.1;
		context.moveTo(-w, 0);
		context.lineTo(w, 0);
	},
};

/** A custom Plot symbol: a short vertical stroke, the key entry of a tick such as a median. */
const TICK_SYMBOL: SymbolImplementation = {
	draw(context, size) {
		const h = Math.sqrt(size) * 1.1;
		context.moveTo(0, -h);
		context.lineTo(0, h);
	},
};

/** One entry of a chart's key: what a colour or a symbol stands for. */
export interface KeyEntry {
	label: string;
	/** The colour drawn (a CSS colour or var(--…)). */
	color: string;
	/**
	 * How the entry is drawn: a filled square (default, for colours), a short horizontal line (a
	 * range), a short vertical one (a tick), or a Plot symbol as the chart draws it (`hollow`: outline only).
	 */
	shape?: 'swatch' | 'line' | 'tick' | { symbol: SymbolName | SymbolImplementation; hollow?: boolean };
	/** Fill opacity of a swatch, when the chart tells things apart by shade. */
	opacity?: number;
}

const MARKER = 18;
const GAP = 16;
const LINE_H = FONT + 4;
const PAD_TOP = 4;
const PAD_BOTTOM = 10;

interface Placed {
	entry: KeyEntry;
	x: number;
	y: number;
	lines: string[];
}

/** Lays entries out left to right, wrapping to new rows (and long labels to new lines) within `width`. */
export function layoutKey(entries: readonly KeyEntry[], width: number): { placed: Placed[]; height: number } {
	const placed: Placed[] = [];
	let x = 0;
	let y = PAD_TOP;
	let rowLines = 1;
	for (const entry of entries) {
		const lines = wrapText(entry.label, width - MARKER, FONT);
		const w = MARKER + Math.max(...lines.map((l) => textWidth(l, FONT)));
		if (x > 0 && x + w > width) {
			y += rowLines * LINE_H + 4;
			x = 0;
			rowLines = 1;
		}
		placed.push({ entry, x, y, lines });
		rowLines = Math.max(rowLines, lines.length);
		x += w + GAP;
	}
	return { placed, height: placed.length ? y + rowLines * LINE_H + PAD_BOTTOM : 0 };
}

function markerOptions(entry: KeyEntry): Plot.DotOptions {
	const shape = entry.shape ?? 'swatch';
	if (shape === 'swatch') return { symbol: 'square', r: 5.5, fill: entry.color, fillOpacity: entry.opacity ?? 1, stroke: 'none' };
	if (shape === 'line' || shape === 'tick') return { symbol: shape === 'line' ? LINE_SYMBOL : TICK_SYMBOL, r: 6, fill: 'none', stroke: entry.color, strokeWidth: 2 };
	return { symbol: shape.symbol, r: 4.5, fill: shape.hollow ? 'none' : entry.color, stroke: entry.color, strokeWidth: 1.5 };
}

/**
 * `plot` with its key drawn above the frame: the top margin and the height grow by the key's height.
 * Key marks are super-faceted, so a faceted chart draws its key once. The plot must set its width,
 * height and left margin (the key is placed from the SVG's left edge).
 */
export function withKey(plot: Plot.PlotOptions, entries: readonly KeyEntry[] | undefined): Plot.PlotOptions {
	if (!entries?.length) return plot;
	const { width, height: plotH, marginLeft } = plot;
	if (width === undefined || plotH === undefined || marginLeft === undefined) throw new Error('withKey: the plot must set width, height and marginLeft');
	// Plot writes a y-axis label at the very top of the SVG; the key then starts below it.
	const below = typeof plot.y?.label === 'string' ? LINE_H + 4 : 0;
	const { placed, height } = layoutKey(entries, width - 2);
	const keyH = below + height;
	const marginTop = (plot.marginTop ?? 20) + keyH;
	const at = (p: Placed, dx: number, dy: number) => ({ frameAnchor: 'top-left', facet: 'super', dx: -marginLeft + 1 + p.x + dx, dy: -marginTop + below + p.y + dy }) as const;
	return {
		...plot,
		height: plotH + keyH,
		marginTop,
		marks: [
			...(plot.marks ?? []),
			...placed.flatMap((p) => [
				Plot.dot([p], { ...at(p, 6, LINE_H / 2), ...markerOptions(p.entry) }),
				Plot.text([p], { ...at(p, MARKER - 2, 2), text: () => p.lines.join('\n'), textAnchor: 'start', lineAnchor: 'top', lineHeight: LINE_H / FONT, fontSize: FONT, fill: 'currentColor' }),
			]),
		],
	};
}
