// Ships to the browser: rows grouped under headings on one band scale, for the cost-model charts.
/**
 * Plot facets share their y domain, so panels with different rows would show each other's empty
 * bands. These charts instead stack everything on one band scale: a heading band per group, then per
 * block (a component, a denominator, a parameter) one band per sub-row (one per incident), padded so
 * a wrapped block label never runs into the next block.
 */
import * as Plot from '@observablehq/plot';
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
	headings: { key: string; text: string; first: boolean }[];
	/** Block labels, anchored at the band in the middle of the block (`even`: between two bands). */
	labels: { key: string; text: string; even: boolean }[];
	step: number;
	height: number;
}

const LABEL_FONT = 10;

export function bandLayout(groups: readonly LayoutGroup[], labelWidth: number, step: number, margins: number): Layout {
	const domain: string[] = [];
	const ticks = new Map<string, string>();
	const headings: Layout['headings'] = [];
	const labels: Layout['labels'] = [];
	const lineH = LABEL_FONT * 1.15;
	for (const g of groups) {
		if (!g.blocks.length) continue;
		headings.push({ key: `h:${g.id}`, text: g.heading, first: headings.length === 0 });
		domain.push(`h:${g.id}`, ...(g.extra ?? []));
		for (const b of g.blocks) {
			const lines = wrapText(b.label, labelWidth, LABEL_FONT);
			const n = Math.max(b.rows.length, Math.ceil((lines.length * lineH) / step));
			const keys = [...b.rows.map((r) => r.key), ...Array.from({ length: n - b.rows.length }, (_, i) => `p:${b.id}:${i}`)];
			for (const r of b.rows) ticks.set(r.key, r.tick);
			domain.push(...keys);
			labels.push({ key: keys[Math.ceil(n / 2) - 1]!, text: lines.join('\n'), even: n % 2 === 0 });
		}
	}
	return { domain, tick: (k) => ticks.get(k) ?? '', headings, labels, step, height: margins + domain.length * step };
}

/** Headings (bold, from the left edge, with a hairline above all but the first) and block labels. */
export function layoutMarks(layout: Layout, marginLeft: number): Plot.Markish[] {
	const half = layout.step / 2;
	const label = (even: boolean) =>
		Plot.text(
			layout.labels.filter((l) => l.even === even),
			{ y: 'key', text: 'text', frameAnchor: 'left', dx: -marginLeft + 4, dy: even ? half : 0, textAnchor: 'start', lineAnchor: 'middle', fontSize: LABEL_FONT, lineHeight: 1.15, fill: 'currentColor' },
		);
	return [
		Plot.ruleY(
			layout.headings.filter((h) => !h.first),
			{ y: 'key', dy: -half + 1, stroke: GRID, insetLeft: -marginLeft + 4 },
		),
		Plot.text(layout.headings, { y: 'key', text: 'text', frameAnchor: 'left', dx: -marginLeft + 4, dy: 2, textAnchor: 'start', fontWeight: 'bold', fontSize: 11, fill: 'currentColor' }),
		label(false),
		label(true),
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
