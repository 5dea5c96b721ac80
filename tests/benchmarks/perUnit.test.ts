import { describe, expect, it } from 'vitest';
import type { FxTable } from '../../src/lib/benchmarks/fxTable.ts';
import {
	isExcluded,
	perUnitForCase,
	perUnitForCases,
	type BenchmarkRow,
	type PerUnitEntry,
} from '../../src/lib/benchmarks/perUnit.ts';
import { remedyGroup } from '../../src/lib/benchmarks/remedyGroup.ts';
import { REMEDY_TYPES, type Benchmark } from '../../src/schemas/benchmark.ts';
import { mutateYaml } from '../support/fixtureData.ts';
import { BENCH_FIXTURE, copyBenchFixture, FIXTURE_CASE, fxTableOf, loadValid } from './support.ts';

const fixtureFx = (): FxTable => fxTableOf(BENCH_FIXTURE, process.cwd());

function entry(entries: readonly PerUnitEntry[], itemId: string): PerUnitEntry {
	const e = entries.find((x) => x.itemId === itemId);
	if (!e) throw new Error(`no entry ${itemId}`);
	return e;
}

function native(e: PerUnitEntry) {
	if (isExcluded(e.perUnit)) throw new Error(`${e.itemId} is excluded: ${e.perUnit.excluded.reason}`);
	return e.perUnit;
}

function converted(e: PerUnitEntry) {
	if (isExcluded(e.converted)) throw new Error(`${e.itemId} is excluded: ${e.converted.excluded.reason}`);
	return e.converted;
}

/** The fixture case after `mutate`, parsed through the real loader. */
function fixtureCase(mutate?: (doc: any) => void): Benchmark {
	const root = copyBenchFixture();
	if (mutate) mutateYaml(root, FIXTURE_CASE, mutate);
	return loadValid(root)[0]!;
}

describe('perUnitForCase on the fixture', () => {
	const c = fixtureCase();
	const fx = fixtureFx();
	const entries = perUnitForCase(c, fx);
	const primary = c.affected.find((a) => a.primary)!;
	const item = (id: string) => c.remedies.find((r) => r.id === id)!;

	it('perUnitForCase divides a total by the primary count and names its unit', () => {
		const e = entry(entries, 'fund');
		expect(e.denominator).toMatchObject({ id: primary.id, unit: primary.unit, value: primary.value });
		expect(native(e)).toMatchObject({ value: item('fund').amount!.value / primary.value, currency: 'USD', unit: 'people' });
	});

	it('perUnitForCase changes the per-unit value when the amount in the file changes', () => {
		const before = native(entry(entries, 'fund')).value;
		const doubled = perUnitForCase(fixtureCase((d) => (d.remedies[0].amount.value *= 2)), fx);
		expect(native(entry(doubled, 'fund')).value).toBeCloseTo(before * 2, 12);
		const plus = perUnitForCase(fixtureCase((d) => (d.remedies[0].amount.value += 250_000)), fx);
		expect(native(entry(plus, 'fund')).value).toBeCloseTo(before + 250_000 / primary.value, 12);
	});

	it('perUnitForCase changes the per-unit value when the affected count in the file changes', () => {
		const before = native(entry(entries, 'fund')).value;
		const halved = perUnitForCase(fixtureCase((d) => (d.affected[0].value /= 2)), fx);
		expect(native(entry(halved, 'fund')).value).toBeCloseTo(before * 2, 12);
	});

	it('perUnitForCase returns the stated amount exactly when every unit of the denominator receives it', () => {
		const e = entry(entries, 'voucher');
		expect(native(e).value).toBe(item('voucher').amount!.value);
		expect(e.total).toEqual({ value: item('voucher').amount!.value * primary.value, currency: 'KRW', derived: true, annual: false });
	});

	it('perUnitForCase spreads a per-plaintiff award over the affected count via the plaintiff count', () => {
		const award = item('award');
		const plaintiffs = award.multiplier && 'count' in award.multiplier ? award.multiplier.count : NaN;
		expect(native(entry(entries, 'award')).value).toBeCloseTo((award.amount!.value * plaintiffs) / primary.value, 12);
		const more = perUnitForCase(fixtureCase((d) => (d.remedies[2].multiplier.count *= 3)), fx);
		expect(native(entry(more, 'award')).value).toBeCloseTo(native(entry(entries, 'award')).value * 3, 12);
	});

	it('perUnitForCase marks a yearly amount as per unit per year', () => {
		expect(native(entry(entries, 'security'))).toMatchObject({ annual: true, value: item('security').amount!.value / primary.value });
	});

	it('perUnitForCase converts USD with the sourced preferred rate: KRW = USD × krwPerUnit', () => {
		const usd = fx.get('USD')!;
		const e = converted(entry(entries, 'fund'));
		expect(e.usd).toBe(native(entry(entries, 'fund')).value);
		expect(e.krw).toBeCloseTo(e.usd * usd.krwPerUnit, 9);
		expect(e.rates.map((r) => r.id)).toEqual([usd.id]);
	});

	it('perUnitForCase converts KRW to USD with the USD rate and applies no rate to KRW itself', () => {
		const e = converted(entry(entries, 'voucher'));
		expect(e.krw).toBe(item('voucher').amount!.value);
		expect(e.usd).toBeCloseTo(e.krw / fx.get('USD')!.krwPerUnit, 12);
		expect(e.rates.map((r) => r.currency)).toEqual(['USD']);
	});

	it('perUnitForCase keeps a GBP amount in pounds, excludes it from KRW/USD and says why', () => {
		const e = entry(entries, 'fine');
		expect(native(e)).toMatchObject({ currency: 'GBP', value: item('fine').amount!.value / primary.value });
		expect(e.converted).toEqual({ excluded: { reason: 'no-sourced-rate', currency: 'GBP' } });
	});

	it('perUnitForCase flags an item without an amount instead of dropping it', () => {
		const e = entry(entries, 'suspension');
		expect(e.perUnit).toEqual({ excluded: { reason: 'no-amount' } });
		expect(e.converted).toEqual({ excluded: { reason: 'no-amount' } });
		expect(entries).toHaveLength(c.remedies.length);
	});

	it('perUnitForCase divides by another count when asked, keeping that count’s unit', () => {
		const records = c.affected.find((a) => a.unit === 'records')!;
		const e = entry(perUnitForCase(c, fx, { denominator: records.id }), 'fund');
		expect(native(e)).toMatchObject({ unit: 'records', value: item('fund').amount!.value / records.value });
		expect(() => perUnitForCase(c, fx, { denominator: 'nope' })).toThrow('"nope" is not an affected count');
	});

	it('perUnitForCase excludes amounts when there is no USD rate at all', () => {
		const e = entry(perUnitForCase(c, new Map()), 'voucher');
		expect(native(e).value).toBe(item('voucher').amount!.value);
		expect(e.converted).toEqual({ excluded: { reason: 'no-sourced-rate', currency: 'USD' } });
	});
});

describe('perUnitForCases on data/benchmarks with data/fx.yaml', () => {
	const cases = loadValid(process.cwd());
	const fx = fxTableOf('data', process.cwd());
	const entries = perUnitForCases(cases, fx);
	const byCase = (id: string) => entries.filter((e) => e.caseId === id);

	it('perUnitForCases returns one entry per remedy item, none dropped', () => {
		expect(entries).toHaveLength(cases.reduce((n, c) => n + c.remedies.length, 0));
	});

	it('perUnitForCases computes every per-unit value as total ÷ the named count, from the data', () => {
		for (const e of entries) {
			if (isExcluded(e.perUnit)) continue;
			const c = cases.find((x) => x.id === e.caseId)!;
			const count = c.affected.find((a) => a.id === e.denominator.id)!;
			expect(e.perUnit.unit).toBe(count.unit);
			expect(e.perUnit.value).toBeCloseTo(e.total!.value / count.value, 9);
		}
	});

	it('perUnitForCases converts only currencies that data/fx.yaml rates, and flags the rest', () => {
		const rated = new Set(['KRW', ...fx.keys()]);
		for (const e of entries) {
			if (isExcluded(e.perUnit)) continue;
			if (rated.has(e.perUnit.currency)) expect(isExcluded(e.converted), `${e.caseId}/${e.itemId}`).toBe(false);
			else expect(e.converted).toEqual({ excluded: { reason: 'no-sourced-rate', currency: e.perUnit.currency } });
		}
	});

	it('a case in a currency without a sourced rate (British Airways, GBP) keeps its native figure and is flagged out of the converted view', () => {
		expect(fx.has('GBP')).toBe(false);
		const [ba] = byCase('british-airways-2018');
		expect(ba!.converted).toEqual({ excluded: { reason: 'no-sourced-rate', currency: 'GBP' } });
		const data = cases.find((c) => c.id === 'british-airways-2018')!;
		expect(native(ba!)).toMatchObject({
			currency: 'GBP',
			unit: 'people',
			value: data.remedies[0]!.amount!.value / data.affected.find((a) => a.primary)!.value,
		});
	});

	it('perUnitForCases over every case gives each entry a non-negative conversion or a reason, every reason occurring', () => {
		const reasons = new Set(entries.flatMap((e) => (isExcluded(e.converted) ? [e.converted.excluded.reason] : [])));
		expect(entries.filter((e) => !isExcluded(e.converted)).every((e) => converted(e).krw >= 0 && converted(e).usd >= 0)).toBe(true);
		for (const r of ['no-amount', 'no-sourced-rate', 'other-conduct', 'other-incident', 'not-a-payment', 'uncounted-recipients']) {
			expect(reasons).toContain(r);
		}
	});

	it('perUnitForCases reads the Coupang voucher as exactly its stated face value per account', () => {
		const coupang = cases.find((c) => c.id === 'coupang-2025')!;
		const e = entry(byCase('coupang-2025'), 'vouchers');
		expect(native(e)).toMatchObject({ value: coupang.remedies.find((r) => r.id === 'vouchers')!.amount!.value, unit: 'accounts' });
	});

	it('perUnitForCases gives a ranged count a low and a high per-unit value', () => {
		const fb = cases.find((c) => c.id === 'facebook-cambridge-analytica-2018')!;
		const cls = fb.affected.find((a) => a.id === 'us-class')!;
		const amount = fb.remedies.find((r) => r.id === 'class-settlement')!.amount!.value;
		expect(native(entry(byCase(fb.id), 'class-settlement'))).toMatchObject({ value: amount / cls.value, low: amount / cls.upper! });
	});

	it('perUnitForCases flags settlements that span several incidents', () => {
		expect(entry(byCase('t-mobile-2021'), 'fcc-penalty').overstated).toBe(true);
		expect(entry(byCase('t-mobile-2021'), 'class-fund').overstated).toBe(false);
	});
});

describe('remedy groups', () => {
	it('remedyGroup puts victims, penalties and security spending in separate groups', () => {
		expect(REMEDY_TYPES.map(remedyGroup).every(Boolean)).toBe(true);
		expect(remedyGroup('voucher')).toBe('victims');
		expect(remedyGroup('court-award')).toBe('victims');
		expect(remedyGroup('fine')).toBe('penalties');
		expect(remedyGroup('security-pledge')).toBe('security');
		expect(remedyGroup('reported-cost')).toBe('context');
	});
});

describe('BenchmarkRow', () => {
	it('perUnitForCase takes an SKT/KT-style row built from incident data, in the same shape', () => {
		// Illustrative inputs: the lead derives real SKT/KT rows from data/incidents.
		const row: BenchmarkRow = {
			id: 'incident-row',
			affected: [{ id: 'records', value: 400, qualifier: 'exact', unit: 'records', primary: true }],
			remedies: [
				{
					id: 'security',
					type: 'security-pledge',
					amount: { value: 1_000, qualifier: 'exact', currency: 'KRW', basis: 'total' },
					scope: 'this-breach',
					status: 'final',
					confidence: 'official',
				},
			],
		};
		const [e] = perUnitForCase(row, fixtureFx());
		expect(native(e!)).toMatchObject({ value: 1_000 / 400, unit: 'records', currency: 'KRW' });
		expect(e!.group).toBe('security');
	});
});
