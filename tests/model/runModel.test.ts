import { describe, expect, it } from 'vitest';
import { COMPONENTS, defaultScenario, reconciliation, runModel, type ModelResult } from '../../src/lib/model/index.ts';
import { expectClose, realModel } from './support/realInputs.ts';

const { inputs } = realModel();
const SMALL = { draws: 2000 };

const component = (r: ModelResult, id: string) => r.components.find((c) => c.id === id)!;

describe('runModel', () => {
	it('runModel(inputs, scenario, seed) gives identical percentiles for the same seed', () => {
		const s = defaultScenario(inputs, 'skt-2025');

		const a = runModel(inputs, s, { draws: 10_000, seed: 7 });
		runModel(inputs, defaultScenario(inputs, 'kt-2025'), { draws: 10_000, seed: 8 });
		const b = runModel(inputs, s, { draws: 10_000, seed: 7 });

		expect(b).toEqual(a);
	});

	it('runModel(inputs, scenario, seed) moves the percentiles, not the central values, with another seed', () => {
		const s = defaultScenario(inputs, 'kt-2025');

		const a = runModel(inputs, s, { draws: 10_000, seed: 1 });
		const b = runModel(inputs, s, { draws: 10_000, seed: 2 });

		expect(b.total.central).toBe(a.total.central);
		expect(b.total.p50).not.toBe(a.total.p50);
		expect(Math.abs(b.total.p50 - a.total.p50) / a.total.p50).toBeLessThan(0.02);
	});

	it('runModel(inputs, default) orders low ≤ P5 ≤ P50 ≤ P95 ≤ high for the total and every component', () => {
		for (const id of ['skt-2025', 'kt-2025']) {
			const r = runModel(inputs, defaultScenario(inputs, id));
			for (const s of [r.total, ...r.components.map((c) => c.cost)]) {
				expect(s.low).toBeLessThanOrEqual(s.p5 + 1e-6);
				expect(s.p5).toBeLessThanOrEqual(s.p50);
				expect(s.p50).toBeLessThanOrEqual(s.p95);
				expect(s.p95).toBeLessThanOrEqual(s.high + 1e-6);
				expect(s.low).toBeLessThanOrEqual(s.central);
				expect(s.central).toBeLessThanOrEqual(s.high);
			}
		}
	});

	it('runModel(inputs, default) totals its components and categories', () => {
		const r = runModel(inputs, defaultScenario(inputs, 'skt-2025'), SMALL);

		expectClose(r.components.reduce((s, c) => s + c.cost.central, 0), r.total.central);
		expectClose(r.categories.reduce((s, c) => s + c.cost.central, 0), r.total.central);
		expectClose(r.totalUsd.central * inputs.usd.krwPerUsd, r.total.central);
	});

	it('runModel(inputs, scenario) reports a switched-off component as zero and leaves it out of the total', () => {
		const on = runModel(inputs, defaultScenario(inputs, 'skt-2025'), SMALL);
		const s = defaultScenario(inputs, 'skt-2025');
		s.components['bill-discount'] = false;

		const off = runModel(inputs, s, SMALL);

		expect(component(off, 'bill-discount').cost).toEqual({ central: 0, low: 0, high: 0, mean: 0, p5: 0, p50: 0, p95: 0 });
		expectClose(off.total.central, on.total.central - component(on, 'bill-discount').cost.central);
	});

	it('runModel(inputs, KT with SKT package) applies SKT’s 50% discount to KT’s customers at KT’s ARPU', () => {
		const kt = defaultScenario(inputs, 'kt-2025');
		const s = defaultScenario(inputs, 'kt-2025', 'skt-2025');

		const r = runModel(inputs, s, SMALL);

		expect(s.values.discountRate).toBe(50);
		expect(s.values.mnoCustomers).toBe(kt.values.mnoCustomers);
		expect(s.values.arpu).toBe(kt.values.arpu);
		expect(component(r, 'bill-discount').enabled).toBe(true);
		expect(component(r, 'ott-voucher').enabled).toBe(false);
		// SKT's package covered the MVNO users on its network, so in this counterfactual KT's are covered too.
		expect(s.values.discountMvnoCoverage).toBe(100);
		expect(component(r, 'bill-discount').cost.central).toBeGreaterThan(0);
	});

	it('runModel(inputs, SKT with KT package) gives SKT KT’s benefits and no bill discount, keeping SKT’s fine', () => {
		const r = runModel(inputs, defaultScenario(inputs, 'skt-2025', 'kt-2025'), SMALL);
		const own = runModel(inputs, defaultScenario(inputs, 'skt-2025'), SMALL);

		expect(component(r, 'bill-discount').enabled).toBe(false);
		expect(component(r, 'ott-voucher').cost.central).toBeGreaterThan(0);
		expect(component(r, 'fine').cost.central).toBe(component(own, 'fine').cost.central);
	});

	it('runModel(inputs, scenario) normalises by each denominator the incident has, and only those', () => {
		const skt = runModel(inputs, defaultScenario(inputs, 'skt-2025'), SMALL);
		const kt = runModel(inputs, defaultScenario(inputs, 'kt-2025'), SMALL);

		expect(skt.normalised.map((n) => n.kind)).toContain('records-leaked');
		expect(kt.normalised.map((n) => n.kind)).not.toContain('records-leaked');
		for (const n of kt.normalised) {
			if (n.measure === 'per-unit') expectClose(n.value.central * n.denominator, kt.total.central);
			else expectClose((n.value.central / 100) * n.denominator, kt.total.central);
		}
		const perPerson = kt.normalised.find((n) => n.kind === 'people-affected')!;
		expectClose(perPerson.usd!.central * inputs.usd.krwPerUsd, perPerson.value.central);
	});

	it('runModel(inputs, scenario) sorts the tornado by swing, each bar recomputing the total with one parameter moved', () => {
		const s = defaultScenario(inputs, 'kt-2025');
		const r = runModel(inputs, s, SMALL);

		for (let i = 1; i < r.tornado.length; i++) expect(r.tornado[i - 1]!.swing).toBeGreaterThanOrEqual(r.tornado[i]!.swing);
		const bar = r.tornado[0]!;
		const moved = runModel(inputs, { ...s, values: { ...s.values, [bar.key]: bar.high } }, SMALL);
		expectClose(moved.total.central, bar.totalAtHigh);
	});

	it('runModel(inputs, scenario) keeps central values when a reader moves a slider inside the range', () => {
		const s = defaultScenario(inputs, 'skt-2025');
		s.values.discountRate = 30;

		const r = runModel(inputs, s, SMALL);
		const bill = component(r, 'bill-discount').cost;

		// A rate known exactly stays a point wherever the reader puts it.
		expect(r.tornado.some((b) => b.key === 'discountRate')).toBe(false);
		expect(bill.central).toBeLessThan(component(runModel(inputs, defaultScenario(inputs, 'skt-2025'), SMALL), 'bill-discount').cost.central);
	});
});

describe('reconciliation', () => {
	it('reconciliation(inputs, incident) computes every row for the real package as comparable', () => {
		for (const id of ['skt-2025', 'kt-2025']) {
			const rows = reconciliation(inputs, id, SMALL);
			expect(rows.length).toBeGreaterThan(0);
			for (const row of rows) {
				expect(row.comparable, row.id).toBe(true);
				expect(Number.isFinite(row.model.central), row.id).toBe(true);
				const figure = row.stated ?? row.press!;
				expectClose(row.stated ? row.gapToStated! : row.gapToPress!, row.model.central - figure.value);
			}
		}
	});

	it('reconciliation rows compare SKT’s August discount with the bill-discount component', () => {
		const r = runModel(inputs, defaultScenario(inputs, 'skt-2025'), SMALL);
		const row = r.reconciliation.find((x) => x.id === 'skt-august-discount')!;

		expect(row.model.central).toBe(component(r, 'bill-discount').cost.central);
	});

	it('runModel(inputs, counterfactual) marks the reconciliation rows as not comparable', () => {
		const r = runModel(inputs, defaultScenario(inputs, 'kt-2025', 'skt-2025'), SMALL);

		expect(r.reconciliation.every((row) => !row.comparable)).toBe(true);
	});

	it('COMPONENTS with a retail value report one for the enabled components', () => {
		const r = runModel(inputs, defaultScenario(inputs, 'kt-2025'), SMALL);

		for (const c of COMPONENTS) {
			const res = component(r, c.id);
			if (c.retailValue === null) expect(res.retailValue).toBeNull();
			else expect(res.retailValue).toBeGreaterThanOrEqual(0);
		}
	});
});

describe('ComponentResult.comparedIn', () => {
	it('runModel(inputs, SKT) links the bill discount to the August-discount estimate and the waiver to the refund estimate', () => {
		const r = runModel(inputs, defaultScenario(inputs, 'skt-2025'), SMALL);

		expect(component(r, 'bill-discount').comparedIn).toEqual(['skt-august-discount']);
		expect(component(r, 'fee-waiver').comparedIn).toEqual(['skt-waiver-refunds']);
		expect(component(r, 'data-allowance').comparedIn).toEqual([]);
	});
});

describe('ComponentResult.perYear', () => {
	it('runModel(inputs, KT) reports the security pledge per year as the increment over the 2024 budget', () => {
		const r = runModel(inputs, defaultScenario(inputs, 'kt-2025'), SMALL);
		const security = component(r, 'security-investment');

		// 1,000,000,000,000 ÷ 5 − 125,000,000,000 = 75,000,000,000 a year
		expectClose(security.perYear!, 75_000_000_000);
		expect(component(r, 'bill-discount').perYear).toBeNull();
	});
});
