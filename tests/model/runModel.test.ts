import { describe, expect, it } from 'vitest';
import { COMPONENTS, blockOf, defaultScenario, reconciliation, runModel, totalOf, type ModelResult } from '../../src/lib/model/index.ts';
import { expectClose, realModel } from './support/realInputs.ts';

const { inputs } = realModel();
const SMALL = { draws: 2000 };

const component = (r: ModelResult, id: string) => r.components.find((c) => c.id === id)!;
const breach = (r: ModelResult) => totalOf(r, 'breach').cost;

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

		expect(breach(b).central).toBe(breach(a).central);
		expect(breach(b).p50).not.toBe(breach(a).p50);
		expect(Math.abs(breach(b).p50 - breach(a).p50) / breach(a).p50).toBeLessThan(0.02);
	});

	it('runModel(inputs, default) orders P5 ≤ P50 ≤ P95 for every total, block and component, and the comonotonic band is ordered', () => {
		for (const id of ['skt-2025', 'kt-2025']) {
			const r = runModel(inputs, defaultScenario(inputs, id));
			for (const s of [...r.totals.map((t) => t.cost), ...r.blocks.map((b) => b.cost), ...r.components.map((c) => c.cost)]) {
				expect(s.p5).toBeLessThanOrEqual(s.p50);
				expect(s.p50).toBeLessThanOrEqual(s.p95);
			}
			for (const s of [...r.totals.map((t) => t.cost), ...r.blocks.map((b) => b.cost)]) expect(s.comonotonic.p5).toBeLessThanOrEqual(s.comonotonic.p95);
		}
	});

	it('runModel(inputs, default) adds the totals from the blocks: remedy = (a), breach = (a) + (b) + decided (c)', () => {
		const r = runModel(inputs, defaultScenario(inputs, 'skt-2025'), SMALL);

		expectClose(totalOf(r, 'remedy').cost.central, blockOf(r, 'remedies').central);
		expectClose(breach(r).central, blockOf(r, 'remedies').central + blockOf(r, 'churn').central + blockOf(r, 'sanctions').central);
		expectClose(totalOf(r, 'security').cost.central, blockOf(r, 'security').central);
		expectClose(totalOf(r, 'pending').cost.central, component(r, 'pending-liabilities').cost.central);
		expectClose(r.components.filter((c) => c.block === 'remedies').reduce((s, c) => s + c.cost.central, 0), blockOf(r, 'remedies').central);
		expectClose(totalOf(r, 'breach').usd.p50 * inputs.usd.krwPerUsd, breach(r).p50);
	});

	it('runModel(inputs, default) keeps the pending fine and the security pledge out of the total cost of the breach', () => {
		const r = runModel(inputs, defaultScenario(inputs, 'kt-2025'), SMALL);
		const s = defaultScenario(inputs, 'kt-2025');
		s.values.pendingLiabilities = 0;
		s.values.securityPledge = 0;

		const without = runModel(inputs, s, SMALL);

		expect(component(r, 'pending-liabilities').cost.central).toBeGreaterThan(0);
		expect(breach(without).central).toBe(breach(r).central);
		expect(component(r, 'fine').cost.central).toBe(0);
	});

	it('runModel(inputs, scenario) reports a switched-off component as zero and leaves it out of the total', () => {
		const on = runModel(inputs, defaultScenario(inputs, 'skt-2025'), SMALL);
		const s = defaultScenario(inputs, 'skt-2025');
		s.components['bill-discount'] = false;

		const off = runModel(inputs, s, SMALL);

		expect(component(off, 'bill-discount').cost).toEqual({ central: 0, mean: 0, p5: 0, p50: 0, p95: 0 });
		expectClose(breach(off).central, breach(on).central - component(on, 'bill-discount').cost.central);
	});

	it('runModel(inputs, KT with SKT’s remedies) applies SKT’s 50% discount to KT’s own customers at KT’s ARPU, keeping KT’s MVNO exclusion', () => {
		const kt = defaultScenario(inputs, 'kt-2025');
		const s = defaultScenario(inputs, 'kt-2025', 'skt-2025');

		const r = runModel(inputs, s, SMALL);

		expect(s.values.discountRate).toBe(50);
		expect(s.values.mnoCustomers).toBe(kt.values.mnoCustomers);
		expect(s.values.arpu).toBe(kt.values.arpu);
		expect(component(r, 'bill-discount').enabled).toBe(true);
		expect(component(r, 'ott-voucher').enabled).toBe(false);
		// Eligibility follows the customers' carrier: KT left MVNO users out, so they stay out.
		expect(s.values.discountMvnoCoverage).toBe(0);
		// Everything outside the customer remedies is KT's own.
		expect(s.values.securityPledge).toBe(kt.values.securityPledge);
		expect(component(r, 'security-investment').enabled).toBe(true);
		expect(component(r, 'bill-discount').cost.central).toBeGreaterThan(0);
	});

	it('runModel(inputs, SKT with KT package) gives SKT KT’s benefits and no bill discount, keeping SKT’s fine', () => {
		const r = runModel(inputs, defaultScenario(inputs, 'skt-2025', 'kt-2025'), SMALL);
		const own = runModel(inputs, defaultScenario(inputs, 'skt-2025'), SMALL);

		expect(component(r, 'bill-discount').enabled).toBe(false);
		expect(component(r, 'ott-voucher').cost.central).toBeGreaterThan(0);
		expect(component(r, 'fine').cost.central).toBe(component(own, 'fine').cost.central);
	});

	it('runModel(inputs, scenario) divides each remedy only by the people who received it', () => {
		const skt = runModel(inputs, defaultScenario(inputs, 'skt-2025'), SMALL);
		const kt = runModel(inputs, defaultScenario(inputs, 'kt-2025'), SMALL);
		const sum = (r: ModelResult, ids: string[]) => r.components.filter((c) => ids.includes(c.id)).reduce((s, c) => s + c.cost.central, 0);

		// Nobody is divided by records, and SKT's remedies for the affected alone are zero, so it has no such row.
		expect([...skt.normalised, ...kt.normalised].map((n) => n.kind)).not.toContain('records-leaked');
		expect(skt.normalised.some((n) => n.numerator === 'affected-remedies')).toBe(false);
		const perPerson = kt.normalised.find((n) => n.kind === 'people-affected')!;
		expect(perPerson.numerator).toBe('affected-remedies');
		expectClose(perPerson.value.central * perPerson.denominator, sum(kt, ['victim-credit', 'fraud-refund']));
		expectClose(perPerson.usd!.central * inputs.usd.krwPerUsd, perPerson.value.central);
		const perLine = kt.normalised.find((n) => n.kind === 'subscriber-lines')!;
		expectClose(perLine.value.central * perLine.denominator, sum(kt, ['data-allowance', 'membership-discount', 'ott-voucher', 'fraud-insurance', 'usim-replacement']));
		const perLeaver = kt.normalised.find((n) => n.kind === 'departing-customers')!;
		expectClose(perLeaver.value.central * perLeaver.denominator, sum(kt, ['fee-waiver']));
		for (const n of kt.normalised.filter((x) => x.numerator === 'breach')) expectClose((n.value.central / 100) * n.denominator, breach(kt).central);
	});

	it('runModel(inputs, scenario) sorts the tornado by swing, each bar recomputing the total with one parameter moved', () => {
		const s = defaultScenario(inputs, 'kt-2025');
		const r = runModel(inputs, s, SMALL);

		for (let i = 1; i < r.tornado.length; i++) expect(r.tornado[i - 1]!.swing).toBeGreaterThanOrEqual(r.tornado[i]!.swing);
		const bar = r.tornado[0]!;
		const moved = runModel(inputs, { ...s, values: { ...s.values, [bar.key]: bar.high } }, SMALL);
		expectClose(breach(moved).central, bar.totalAtHigh);
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
				expectClose(row.stated ? row.gapToStated! : row.gapToPress!, row.model.p50 - figure.value);
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
	it('runModel(inputs, KT) reports the security pledge’s first-year increment over the 2024 budget grown one year', () => {
		const s = defaultScenario(inputs, 'kt-2025');
		const r = runModel(inputs, s, SMALL);
		const security = component(r, 'security-investment');

		// 1,000,000,000,000 ÷ 5 − 125,000,000,000 × (1 + growth)
		expectClose(security.perYear!, 200_000_000_000 - 125_000_000_000 * (1 + s.values.securityBaselineGrowth / 100));
		expect(component(r, 'bill-discount').perYear).toBeNull();
	});
});
