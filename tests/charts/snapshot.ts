/**
 * SVG snapshot harness, after Plot's own test/plot-snapshot.js: render with the site's renderSvg,
 * normalise, pretty-print one element per line, and compare with the committed
 * tests/output/charts/<name>.svg through Vitest's toMatchFileSnapshot. On a mismatch the new render is
 * also written to <name>-changed.svg beside it (git-ignored) for a visual diff. Missing snapshots are
 * generated only outside CI: Vitest's snapshot mode is "new" locally and "none" when CI is set.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlotOptions } from '@observablehq/plot';
import { expect } from 'vitest';
import { renderSvg } from '../../src/charts/shared/render.ts';

export const SNAPSHOT_DIR = fileURLToPath(new URL('../output/charts/', import.meta.url));

// Elements printed whole on one line: their text and tspans are what a reader sees, and breaking
// them up would add whitespace inside the label.
const INLINE = new Set(['text', 'title']);

/**
 * Normalises what render.ts leaves: any decimal with four or more places (render.ts already rounds
 * coordinates and renumbers Plot's generated ids).
 */
export function normalise(svg: string): string {
	return svg.replace(/-?\d+\.\d{4,}/g, (d) => String(+(+d).toFixed(3)));
}

/** One element per line, indented by depth; `text` and `title` elements stay whole. */
export function prettySvg(svg: string): string {
	const tokens = svg.match(/<[^>]+>|[^<]+/g) ?? [];
	const out: string[] = [];
	let depth = 0;
	const pad = () => '  '.repeat(depth);
	for (let i = 0; i < tokens.length; ) {
		const t = tokens[i]!;
		if (t.startsWith('</')) {
			depth--;
			out.push(pad() + t);
			i++;
		} else if (!t.startsWith('<')) {
			if (t.trim()) out.push(pad() + t);
			i++;
		} else if (t.endsWith('/>')) {
			out.push(pad() + t);
			i++;
		} else if (INLINE.has(/^<([\w:-]+)/.exec(t)![1]!)) {
			let level = 0;
			let line = '';
			do {
				const u = tokens[i++]!;
				line += u;
				if (u.startsWith('</')) level--;
				else if (u.startsWith('<') && !u.endsWith('/>')) level++;
			} while (level > 0 && i < tokens.length);
			out.push(pad() + line);
		} else if (tokens[i + 1] && !tokens[i + 1]!.startsWith('<') && tokens[i + 2]?.startsWith('</')) {
			out.push(pad() + t + tokens[i + 1] + tokens[i + 2]);
			i += 3;
		} else {
			out.push(pad() + t);
			depth++;
			i++;
		}
	}
	return `${out.join('\n')}\n`;
}

/** The SVG a snapshot holds for these options. */
export function snapshotSvg(options: PlotOptions, name: string): string {
	return prettySvg(normalise(renderSvg(options, name)));
}

/** Asserts that `options` render to tests/output/charts/<name>.svg. */
export async function expectSvgSnapshot(options: PlotOptions, name: string): Promise<void> {
	const actual = snapshotSvg(options, name);
	const file = join(SNAPSHOT_DIR, `${name}.svg`);
	const changed = join(SNAPSHOT_DIR, `${name}-changed.svg`);
	if (existsSync(file) && readFileSync(file, 'utf8') !== actual) writeFileSync(changed, actual);
	else rmSync(changed, { force: true });
	await expect(actual).toMatchFileSnapshot(file);
}
