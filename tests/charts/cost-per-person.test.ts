import { describe, expect, it } from 'vitest';
import { costPerPersonChart } from '../../src/charts/cost-per-person/index.ts';
import { perPersonRows } from '../../src/charts/cost-per-person/rows.ts';
import { defaultResults, modelChart } from '../../src/charts/shared/modelRuns.ts';
import { renderSvg } from '../../src/charts/shared/render.ts';
import { toCsv } from '../../src/charts/shared/toCsv.ts';
import { LOCALES } from '../../src/lib/format/locale.ts';
import { MODEL_DRAWS, copyInputs, incidentKey, modelFixture, withGamma } from './charts.ts';

const en = { locale: 'en', width: 720 } as const;

describe('perPersonRows', () => {
	it('perPersonRows(results, inputs) carries every row each run normalised, at its P50 and percentiles', () => {
		const { inputs, results } = modelFixture();
		const rows = perPersonRows(results, inputs, 'en');

		for (const result of results) {
			const mine = rows.filter((r) => r.incidentId === result.incident);
			expect(mine.map((r) => r.kind).sort()).toEqual(result.normalised.map((n) => `${n.numerator}/${n.kind}`).sort());
			for (const n of result.normalised) {
				expect(mine.find((r) => r.kind === `${n.numerator}/${n.kind}`)).toMatchObject({ p50: n.value.p50, p5: n.value.p5, p95: n.value.p95, denominator: n.denominator });
			}
		}
	});

	it('perPersonRows(results, inputs) divides by people affected only what the affected received, and never by records', () => {
		const { inputs, results } = modelFixture();
		const rows = perPersonRows(results, inputs, 'en');

		expect(rows.some((r) => r.denominatorKind === 'records-leaked')).toBe(false);
		for (const r of rows.filter((x) => x.denominatorKind === 'people-affected')) expect(r.numerator).toBe('affected-remedies');
		for (const r of rows.filter((x) => x.panel === 'per-unit')) expect(['all-customer-remedies', 'affected-remedies', 'waived-penalties']).toContain(r.numerator);
		expect(rows.every((r) => r.p50 > 0)).toBe(true);
	});

	it('perPersonRows(results, inputs) puts money per unit and shares of revenue in separate panels, dollars only for money', () => {
		const { inputs, results } = modelFixture();
		const rows = perPersonRows(results, inputs, 'en');

		for (const r of rows) {
			const percent = r.denominatorKind === 'annual-revenue' || r.denominatorKind === 'operating-profit';
			expect(r.panel).toBe(percent ? 'percent' : 'per-unit');
			if (percent) expect(r.usdCentral).toBeNull();
			else expect(r.usdCentral! * r.krwPerUsd).toBeCloseTo(r.central, 6);
		}
		expect(rows.map((r) => r.panel)).toEqual([...rows.map((r) => r.panel)].sort((a, b) => (a === b ? 0 : a === 'per-unit' ? -1 : 1)));
	});
});

describe('costPerPersonChart', () => {
	it.each(LOCALES)('costPerPersonChart(results, inputs) fulfils the ChartSpec contract (%s)', (locale) => {
		const { inputs, results } = modelFixture();
		const model = costPerPersonChart(results, inputs, { locale, width: 720 });

		expect(model.id).toBe('cost-per-person');
		expect(model.empty).toBeUndefined();
		expect(model.plot.ariaLabel).toBeTruthy();
		for (const text of [model.title, model.takeaway, model.description, ...model.notes]) expect(text).not.toMatch(/undefined|NaN|null|\[object/);
		expect(model.sources.filter((s) => !/^syn-s\d+$/.test(s))).toEqual([]);
		expect(model.sources).toEqual(expect.arrayContaining([...inputs.usd.sources, ...model.rows.flatMap((r) => r.sources)]));
		expect(renderSvg(model.plot, 't')).not.toMatch(/(fill|stroke)="(#|rgb|hsl)/);
		expect(toCsv(model, locale, new Map()).trimEnd().split('\r\n')).toHaveLength(model.rows.length + 1);
	});

	it('costPerPersonChart(results, inputs) draws the two units under their own headings and scales', () => {
		const { inputs, results } = modelFixture();
		const svg = renderSvg(costPerPersonChart(results, inputs, en).plot, 't');

		expect(svg).toContain('Won per unit (log scale)');
		expect(svg).toContain('Share of annual revenue or operating profit, % (linear scale)');
		expect(svg).toMatch(/>₩1 million</);
		expect(svg).toMatch(/>\d+%</);
	});

	it('costPerPersonChart(results, inputs) takeaway compares incidents on a shared denominator, from the rows', () => {
		const { inputs, results } = modelFixture();
		const model = costPerPersonChart(results, inputs, en);
		// Only like with like: the takeaway compares rows that divide the same thing by the same unit.
		const shared = [...new Set(model.rows.map((r) => r.kind))].filter((k) => model.rows.filter((r) => r.kind === k && r.panel === 'per-unit').length > 1);
		const ratios = shared.map((k) => {
			const mine = model.rows.filter((r) => r.kind === k);
			return { label: mine[0]!.label, ratio: Math.max(...mine.map((r) => r.p50)) / Math.min(...mine.map((r) => r.p50)) };
		});
		const widest = ratios.reduce((a, x) => (x.ratio > a.ratio ? x : a));

		expect(model.takeaway.startsWith(`${widest.label}: `)).toBe(true);
		expect(model.takeaway).toContain(`${widest.ratio.toFixed(1)} times`);
		expect(model.takeaway).not.toMatch(/per person affected/i);
	});

	it('costPerPersonChart(results, inputs) takeaway and description change when a denominator changes', () => {
		const { inputs, results } = modelFixture();
		const before = costPerPersonChart(results, inputs, en);
		const more = copyInputs(inputs);
		const people = more.incidents.at(-1)!.denominators.find((d) => d.kind === 'subscriber-lines')!;
		people.value *= 10;

		const after = costPerPersonChart(defaultResults(more, MODEL_DRAWS), more, en);

		expect(after.takeaway).not.toBe(before.takeaway);
		expect(after.description).not.toBe(before.description);
		expect(after.notes.join(' ')).toContain(`${(people.value).toLocaleString('en-US')} lines`);
	});

	it('costPerPersonChart(results, inputs) says which rows are missing and that dots are medians of what recipients got', () => {
		const { inputs, results } = modelFixture();
		const notes = costPerPersonChart(results, inputs, en).notes.join(' ');

		expect(notes).toContain('No such denominator, so not drawn (not zero): Alpha — Remedies for the affected, per person affected');
		expect(notes).toContain('not a confidence interval');
		expect(notes).toContain('Dots are simulated medians (P50). Each cost is divided only by the people or lines who received it');
		expect(notes).toContain(`₩${inputs.usd.krwPerUsd.toLocaleString('en-US')} to the dollar`);
	});

	it('costPerPersonChart([], inputs) says why there is nothing to draw; so does the catalogue without model data', () => {
		const { inputs } = modelFixture();

		expect(costPerPersonChart([], inputs, en)).toMatchObject({ rows: [], empty: { reason: expect.any(String) } });
		expect(modelChart(undefined, costPerPersonChart, en).empty?.reason).toBeTruthy();
	});

	it('costPerPersonChart(results, inputs) shows a third incident with no code change', () => {
		const inputs = withGamma(modelFixture().inputs);
		const model = costPerPersonChart(defaultResults(inputs, MODEL_DRAWS), inputs, { locale: 'ko', width: 720 });

		expect(model.rows.some((r) => r.incidentId === 'gamma-2026')).toBe(true);
		expect(incidentKey(model.legend).map((l) => l.label)).toEqual(['알파', '베타', '감마']);
		expect(renderSvg(model.plot, 't')).toContain('감마');
	});
});
