import { describe, expect, it } from 'vitest';
import { costPerPersonChart } from '../../src/charts/cost-per-person/index.ts';
import { perPersonRows } from '../../src/charts/cost-per-person/rows.ts';
import { defaultResults, modelChart } from '../../src/charts/shared/modelRuns.ts';
import { renderSvg } from '../../src/charts/shared/render.ts';
import { toCsv } from '../../src/charts/shared/toCsv.ts';
import { LOCALES } from '../../src/lib/format/locale.ts';
import { MODEL_DRAWS, copyInputs, modelFixture, withGamma } from './charts.ts';

const en = { locale: 'en', width: 720 } as const;

describe('perPersonRows', () => {
	it('perPersonRows(results, inputs) carries every denominator each run normalised by, and no other', () => {
		const { inputs, results } = modelFixture();
		const rows = perPersonRows(results, inputs, 'en');

		for (const result of results) {
			const mine = rows.filter((r) => r.incidentId === result.incident);
			expect(mine.map((r) => r.kind).sort()).toEqual(result.normalised.map((n) => n.kind).sort());
			for (const n of result.normalised) {
				expect(mine.find((r) => r.kind === n.kind)).toMatchObject({ central: n.value.central, p5: n.value.p5, p95: n.value.p95, denominator: n.denominator });
			}
		}
	});

	it('perPersonRows(results, inputs) leaves out a denominator an incident lacks rather than drawing zero', () => {
		const { inputs, results } = modelFixture();
		const rows = perPersonRows(results, inputs, 'en');
		const lacking = results.filter((r) => !r.normalised.some((n) => n.kind === 'records-leaked'));

		expect(lacking.length).toBeGreaterThan(0);
		for (const r of lacking) expect(rows.some((x) => x.incidentId === r.incident && x.kind === 'records-leaked')).toBe(false);
		expect(rows.every((r) => r.central > 0)).toBe(true);
	});

	it('perPersonRows(results, inputs) puts money per unit and shares of revenue in separate panels, dollars only for money', () => {
		const { inputs, results } = modelFixture();
		const rows = perPersonRows(results, inputs, 'en');

		for (const r of rows) {
			const percent = r.kind === 'annual-revenue' || r.kind === 'operating-profit';
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
		expect(model.sources).toEqual(expect.arrayContaining([...inputs.usd.sources, ...inputs.incidents.flatMap((i) => i.denominators.flatMap((d) => d.sources))]));
		expect(renderSvg(model.plot, 't')).not.toMatch(/(fill|stroke)="(#|rgb|hsl)/);
		expect(toCsv(model, locale).trimEnd().split('\r\n')).toHaveLength(model.rows.length + 1);
	});

	it('costPerPersonChart(results, inputs) draws the two units under their own headings and scales', () => {
		const { inputs, results } = modelFixture();
		const svg = renderSvg(costPerPersonChart(results, inputs, en).plot, 't');

		expect(svg).toContain('Won per unit (log scale)');
		expect(svg).toContain('Share of annual revenue or operating profit, % (linear scale)');
		expect(svg).toMatch(/>₩1 million</);
		expect(svg).toMatch(/>100%</);
	});

	it('costPerPersonChart(results, inputs) takeaway compares incidents on a shared denominator, from the rows', () => {
		const { inputs, results } = modelFixture();
		const model = costPerPersonChart(results, inputs, en);
		const people = model.rows.filter((r) => r.kind === 'people-affected');
		const ratio = Math.max(...people.map((r) => r.central)) / Math.min(...people.map((r) => r.central));

		expect(model.takeaway).toMatch(/^Per person affected, /);
		expect(model.takeaway).toContain(`${Math.round(ratio)} times`);
	});

	it('costPerPersonChart(results, inputs) takeaway and description change when a denominator changes', () => {
		const { inputs, results } = modelFixture();
		const before = costPerPersonChart(results, inputs, en);
		const more = copyInputs(inputs);
		const people = more.incidents.at(-1)!.denominators.find((d) => d.kind === 'people-affected')!;
		people.value *= 10;

		const after = costPerPersonChart(defaultResults(more, MODEL_DRAWS), more, en);

		expect(after.takeaway).not.toBe(before.takeaway);
		expect(after.description).not.toBe(before.description);
		expect(after.notes.join(' ')).toContain(`${(people.value).toLocaleString('en-US')} people`);
	});

	it('costPerPersonChart(results, inputs) says which denominators are missing, and why the dot and band disagree', () => {
		const { inputs, results } = modelFixture();
		const notes = costPerPersonChart(results, inputs, en).notes.join(' ');

		expect(notes).toContain('No such denominator, so not drawn (not zero): Beta — Per record leaked');
		expect(notes).toContain('not a confidence interval');
		expect(notes).toContain('Dot: every input at its central value, not a percentile');
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
		expect(model.legend?.map((l) => l.label)).toEqual(['알파', '베타', '감마']);
		expect(renderSvg(model.plot, 't')).toContain('감마');
	});
});
