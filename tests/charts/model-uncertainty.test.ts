import { totalOf } from '../../src/lib/model/index.ts';
import { describe, expect, it } from 'vitest';
import { modelUncertaintyChart } from '../../src/charts/model-uncertainty/index.ts';
import { uncertaintyRows } from '../../src/charts/model-uncertainty/rows.ts';
import { defaultResults, modelChart } from '../../src/charts/shared/modelRuns.ts';
import { formatModelKrw } from '../../src/charts/shared/estimateFormat.ts';
import { renderSvg } from '../../src/charts/shared/render.ts';
import { toCsv } from '../../src/charts/shared/toCsv.ts';
import { LOCALES } from '../../src/lib/format/locale.ts';
import { MODEL_DRAWS, copyInputs, incidentKey, modelFixture, withGamma } from './charts.ts';

const en = { locale: 'en', width: 720 } as const;

describe('uncertaintyRows', () => {
	it('uncertaintyRows(results, inputs) has the total and each switched-on component per run, with the run’s statistics', () => {
		const { inputs, results } = modelFixture();
		const rows = uncertaintyRows(results, inputs, 'en').filter((r) => r.view === 'spread');

		for (const result of results) {
			const mine = rows.filter((r) => r.incidentId === result.incident);
			const breach = totalOf(result, 'breach').cost;
			expect(mine[0]).toMatchObject({ id: 'total', central: breach.central, p5: breach.p5, p50: breach.p50, p95: breach.p95 });
			expect(mine.slice(1).map((r) => r.id)).toEqual(result.components.filter((c) => c.enabled).map((c) => c.id));
		}
	});

	it('uncertaintyRows(results, inputs, locale, top) keeps the widest swings with the parameters’ own labels and ends', () => {
		const { inputs, results } = modelFixture();
		const rows = uncertaintyRows(results, inputs, 'ko', 4).filter((r) => r.view === 'tornado');

		for (const result of results) {
			const mine = rows.filter((r) => r.incidentId === result.incident);
			expect(mine.map((r) => r.id)).toEqual(result.tornado.slice(0, 4).map((b) => b.key));
			for (const r of mine) {
				const param = inputs.parameters.find((p) => p.key === r.id)!;
				const bar = result.tornado.find((b) => b.key === r.id)!;
				expect(r).toMatchObject({ label: param.label.ko, paramUnit: param.unit, paramLow: bar.low, paramHigh: bar.high, atLow: bar.totalAtLow, atHigh: bar.totalAtHigh });
			}
		}
	});
});

describe('modelUncertaintyChart', () => {
	it.each(LOCALES)('modelUncertaintyChart(results, inputs) fulfils the ChartSpec contract, with a tornado view (%s)', (locale) => {
		const { inputs, results } = modelFixture();
		const model = modelUncertaintyChart(results, inputs, { locale, width: 720 });

		expect(model.id).toBe('model-uncertainty');
		expect(model.empty).toBeUndefined();
		expect(model.views?.map((v) => v.id)).toEqual(['tornado']);
		for (const text of [model.title, model.takeaway, model.description, ...model.notes, model.views![0]!.note]) expect(text).not.toMatch(/undefined|NaN|null|\[object/);
		expect(model.sources.filter((s) => !/^syn-s\d+$/.test(s))).toEqual([]);
		for (const plot of [model.plot, model.views![0]!.plot]) {
			expect(plot.ariaLabel).toBeTruthy();
			expect(renderSvg(plot, 't')).not.toMatch(/(fill|stroke)="(#|rgb|hsl)/);
		}
		expect(toCsv(model, locale, new Map()).trimEnd().split('\r\n')).toHaveLength(model.rows.length + 1);
	});

	it('modelUncertaintyChart(results, inputs) says the all-central value is not P50, with both totals', () => {
		const { inputs, results } = modelFixture();
		const notes = modelUncertaintyChart(results, inputs, en).notes.join(' ');

		expect(notes).toContain('not a confidence interval');
		expect(notes).toContain('moves the result’s median a little');
		for (const r of results) expect(notes).toContain(`${formatModelKrw(totalOf(r, 'breach').cost.central, 'en')} all-central, ${formatModelKrw(totalOf(r, 'breach').cost.p50, 'en')} P50`);
	});

	it('modelUncertaintyChart(results, inputs) takeaway names the widest swing, and follows a widened input', () => {
		const { inputs, results } = modelFixture();
		const before = modelUncertaintyChart(results, inputs, en);
		const top = results.flatMap((r) => r.tornado).reduce((a, b) => (b.swing > a.swing ? b : a));
		expect(before.takeaway).toContain(inputs.parameters.find((p) => p.key === top.key)!.label.en.toLowerCase().slice(0, 10));

		const wider = copyInputs(inputs);
		const fine = wider.parameters.find((p) => p.key === 'fine')!;
		for (const v of Object.values(fine.values)) v.high = v.central + 10 * top.swing;
		const after = modelUncertaintyChart(defaultResults(wider, MODEL_DRAWS), wider, en);

		expect(after.takeaway).not.toBe(before.takeaway);
		expect(after.takeaway).toContain(fine.label.en.toLowerCase());
		expect(after.description).not.toBe(before.description);
	});

	it('modelUncertaintyChart([], inputs) says why there is nothing to draw; so does the catalogue without model data', () => {
		const { inputs } = modelFixture();

		expect(modelUncertaintyChart([], inputs, en)).toMatchObject({ rows: [], empty: { reason: expect.any(String) } });
		expect(modelUncertaintyChart([], inputs, en).views).toBeUndefined();
		expect(modelChart(undefined, modelUncertaintyChart, en).empty?.reason).toBeTruthy();
	});

	it('modelUncertaintyChart(results, inputs) shows a third incident in both views with no code change', () => {
		const inputs = withGamma(modelFixture().inputs);
		const model = modelUncertaintyChart(defaultResults(inputs, MODEL_DRAWS), inputs, en);

		expect(model.rows.filter((r) => r.incidentId === 'gamma-2026').map((r) => r.view)).toEqual(expect.arrayContaining(['spread', 'tornado']));
		expect(incidentKey(model.legend).map((l) => l.color)).toEqual(['var(--series-0)', 'var(--series-1)', 'var(--series-2)']);
		expect(renderSvg(model.views![0]!.plot, 't')).toContain('Gamma — total cost of the breach with every input central');
	});
});
