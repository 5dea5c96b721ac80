import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { layoutKey, withKey, type KeyEntry } from '../../../src/charts/shared/chartKey.ts';
import { FONT } from '../../../src/charts/shared/chartSize.ts';
import { renderSvg } from '../../../src/charts/shared/render.ts';
import { textWidth } from '../../../src/charts/shared/textFit.ts';

const entries: KeyEntry[] = [
	{ label: 'SKT', color: 'var(--series-0)' },
	{ label: 'KT', color: 'var(--series-1)' },
	{ label: 'P5–P95 range', color: 'var(--range)', shape: 'line' },
	{ label: 'Company’s stated figure', color: 'currentColor', shape: { symbol: 'diamond' } },
	{ label: 'A very long key entry that has to wrap onto a second line on a phone', color: 'currentColor', shape: { symbol: 'circle', hollow: true } },
];

const plot: Plot.PlotOptions = { width: 340, height: 120, marginLeft: 40, marginTop: 10, x: { domain: [0, 1] }, marks: [Plot.ruleX([0.5])] };

describe('chartKey', () => {
	it('layoutKey(entries, width) keeps every entry inside the width and entries on a row apart', () => {
		const { placed, height } = layoutKey(entries, 340);

		expect(height).toBeGreaterThan(2 * FONT);
		for (const p of placed) expect(p.x + 18 + Math.max(...p.lines.map((l) => textWidth(l, FONT)))).toBeLessThanOrEqual(340);
		const rows = Map.groupBy(placed, (p) => p.y);
		for (const row of rows.values()) {
			for (let i = 1; i < row.length; i++) expect(row[i]!.x).toBeGreaterThan(row[i - 1]!.x + textWidth(row[i - 1]!.lines[0]!, FONT));
		}
		expect(placed.at(-1)!.lines.length).toBeGreaterThan(1);
	});

	it('withKey(plot, entries) grows the top margin and the height by the same amount and draws every label', () => {
		const keyed = withKey(plot, entries);
		const svg = renderSvg(keyed, 't');

		expect(keyed.height! - plot.height!).toBe(keyed.marginTop! - plot.marginTop!);
		expect(keyed.height).toBeGreaterThan(plot.height!);
		for (const e of entries.slice(0, 4)) expect(svg).toContain(e.label);
		expect(withKey(plot, [])).toBe(plot);
	});

	it('withKey(plot, entries) starts the key below a y-axis label, which Plot writes at the top', () => {
		const plain = withKey(plot, entries.slice(0, 1));
		const labelled = withKey({ ...plot, y: { label: 'Won' } }, entries.slice(0, 1));

		expect(labelled.marginTop! - plain.marginTop!).toBeGreaterThanOrEqual(FONT);
	});

	it('withKey(plot) refuses a plot without width, height or left margin', () => {
		expect(() => withKey({ marks: [] }, entries)).toThrow(/width, height and marginLeft/);
	});
});
