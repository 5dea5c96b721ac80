// Ships to the browser: rows grouped under headings on one band scale, for the cost-model charts.
/**
 * Plot facets share their y domain, so panels with different rows would show each other's empty
 * bands. These charts instead stack everything on one band scale: a heading band per group, then per
 * block (a component, a denominator, a parameter) one band per sub-row (one per incident), padded so
 * a wrapped block label never runs into the next block. On a phone (`stacked`) a block's label takes
 * bands of its own above its rows, as wide as the chart, so the rows keep the width for their bars.
 */
import * as Plot from '@observablehq/plot';
import { FONT, HEADING_FONT } from './chartSize.ts';
import { GRID } from './palette.ts';
import { wrapText } from './textFit.ts';

export interface LayoutBlock {
	id: string;
	label: string;
	/** Band key and axis text of each sub-row (the axis text is usually the incident's name). */
	rows: { key: string; tick: string }[];
}

export interface LayoutGroup {
	id: string;
	heading: string;
	blocks: LayoutBlock[];
	/** Extra bands right after the heading (e.g. for a panel's own tick labels). */
	extra?: string[];
}

export interface Layout {
	domain: string[];
	tick: (key: string) => string;
	/** Group headings, anchored like block labels (`even`: between two bands). */
	headings: { key: string; top: string; text: string; first: boolean; even: boolean }[];
	/** Block labels, anchored at the band in the middle of the block (`even`: between two bands). */
	labels: { key: string; text: string; even: boolean }[];
	step: number;
	height: number;
}

const LINE = 1.25;

/** Band keys for `lines` lines of text at `size` px, and where to anchor the text among them. */
function textBands(prefix: string, lines: number, size: number, step: number): { keys: string[]; anchor: string; even: boolean } {
	const n = Math.max(1, Math.ceil((lines * size * LINE) / step));
	const keys = Array.from({ length: n }, (_, i) => (i === 0 ? prefix : `${prefix}:${i}`));
	return { keys, anchor: keys[Math.ceil(n / 2) - 1]!, even: n % 2 === 0 };
}

export function bandLayout(groups: readonly LayoutGroup[], labelWidth: number, step: number, margins: number, stacked = false, headingWidth = labelWidth): Layout {
	const domain: string[] = [];
	const ticks = new Map<string, string>();
	const headings: Layout['headings'] = [];
	const labels: Layout['labels'] = [];
	for (const g of groups) {
		if (!g.blocks.length) continue;
		const hLines = wrapText(g.heading, headingWidth, HEADING_FONT, true);
		const h = textBands(`h:${g.id}`, hLines.length, HEADING_FONT, step);
		headings.push({ key: h.anchor, top: h.keys[0]!, text: hLines.join('\n'), first: headings.length === 0, even: h.even });
		domain.push(...h.keys, ...(g.extra ?? []));
		for (const b of g.blocks) {
			const lines = wrapText(b.label, labelWidth, FONT);
			for (const r of b.rows) ticks.set(r.key, r.tick);
			if (stacked) {
				const l = textBands(`l:${b.id}`, lines.length, FONT, step);
				domain.push(...l.keys, ...b.rows.map((r) => r.key));
				labels.push({ key: l.anchor, text: lines.join('\n'), even: l.even });
				continue;
			}
			const n = Math.max(b.rows.length, Math.ceil((lines.length * FONT * LINE) / step));
			const keys = [...b.rows.map((r) => r.key), ...Array.from({ length: n - b.rows.length }, (_, i) => `p:${b.id}:${i}`)];
			domain.push(...keys);
			labels.push({ key: keys[Math.ceil(n / 2) - 1]!, text: lines.join('\n'), even: n % 2 === 0 });
		}
	}
	return { domain, tick: (k) => ticks.get(k) ?? '', headings, labels, step, height: margins + domain.length * step };
}

/** Headings (bold, from the left edge, with a hairline above all but the first) and block labels. */
export function layoutMarks(layout: Layout, marginLeft: number): Plot.Markish[] {
	const half = layout.step / 2;
	const text = (data: readonly { even: boolean }[], size: number, bold: boolean) =>
		[false, true].map((even) =>
			Plot.text(
				data.filter((l) => l.even === even),
				{ y: 'key', text: 'text', frameAnchor: 'left', dx: -marginLeft + 4, dy: even ? half : 0, textAnchor: 'start', lineAnchor: 'middle', fontSize: size, lineHeight: LINE, fill: 'currentColor', ...(bold ? { fontWeight: 'bold' } : {}) },
			),
		);
	return [
		Plot.ruleY(
			layout.headings.filter((h) => !h.first),
			{ y: 'top', dy: -half + 1, stroke: GRID, insetLeft: -marginLeft + 4 },
		),
		...text(layout.headings, HEADING_FONT, true),
		...text(layout.labels, FONT, false),
	];
}

/** The Plot frame the band charts share: size and margins, and the label axis drawn from the layout. */
export function bandFrame(layout: Layout, width: number, margin: { top: number; right: number; bottom: number }, marginLeft: number) {
	return {
		width,
		height: layout.height,
		marginTop: margin.top,
		marginRight: margin.right,
		marginBottom: margin.bottom,
		marginLeft,
		y: { domain: layout.domain, tickFormat: layout.tick, tickSize: 0, label: null, padding: 0 },
	};
}
