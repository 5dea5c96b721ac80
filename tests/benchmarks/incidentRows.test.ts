import { describe, expect, it } from 'vitest';
import { incidentBenchmarkRows, KIND_TO_TYPE } from '../../src/lib/benchmarks/incidentRows.ts';
import { isExcluded, perUnitForCase, type PerUnitEntry } from '../../src/lib/benchmarks/perUnit.ts';
import { preferredRates } from '../../src/lib/benchmarks/fxTable.ts';
import { decidedFines, figureFor, securityPledge } from '../../src/lib/data/queries.ts';
import { loadDataset } from '../../src/lib/data/loadDataset.ts';
import { REMEDY_TYPES } from '../../src/schemas/benchmark.ts';
import { REMEDY_KINDS } from '../../src/schemas/remedy.ts';
import type { Incident } from '../../src/schemas/incident.ts';
import { makeEvent, makeFigure, makeIncident, makeRemedy } from '../fixtures/incidents.ts';

const text = (ko: string, en: string) => ({ ko, en });
const fx = preferredRates([
	{ id: 'usd-test', currency: 'USD', krwPerUnit: 1400, period: '2025', description: text('시험', 'Test'), confidence: 'official', sources: ['syn-fx'], preferred: true },
]);
const krw = (value: number, extra: { years?: number; sources?: string[] } = {}) => ({
	value,
	unit: 'krw' as const,
	scope: text('패키지 전체', 'The whole package'),
	...(extra.years ? { years: extra.years } : {}),
	confidence: 'official' as const,
	sources: extra.sources ?? ['syn-value'],
});

/** A synthetic carrier: people and lines (no records), a package, a decided and a pending fine, a pledge. */
function carrier(o: { package?: number; people?: number; lines?: number; fine?: number } = {}): Incident {
	return makeIncident({
		figures: [
			makeFigure({ id: 'people', metric: 'people-affected', unit: 'people', value: o.people ?? 40_000, sources: ['syn-people'] }),
			makeFigure({ id: 'lines', metric: 'subscriber-lines', unit: 'lines', value: o.lines ?? 8_000_000, sources: ['syn-lines'] }),
		],
		events: [makeEvent(), makeEvent({ id: 'intrusion', kind: 'intrusion', date: '2023-11-02' })],
		remedies: [
			makeRemedy({ id: 'data', kind: 'data-allowance', label: text('데이터', 'Extra data'), announcedValue: krw(o.package ?? 200_000_000_000), sources: ['syn-data'] }),
			makeRemedy({ id: 'waiver', kind: 'fee-waiver' }),
			makeRemedy({
				id: 'fine',
				kind: 'fine',
				audience: 'company',
				status: 'completed',
				parameters: [{ key: 'amount', label: text('금액', 'Amount'), value: o.fine ?? 3_000_000_000, unit: 'krw' }],
				sources: ['syn-fine'],
			}),
			makeRemedy({
				id: 'pending-fine',
				kind: 'fine',
				audience: 'company',
				status: 'pending',
				parameters: [{ key: 'max-fine', label: text('상한', 'Legal maximum'), value: 30_000_000, unit: 'krw' }],
			}),
			makeRemedy({ id: 'invest', kind: 'security-investment', audience: 'company', announcedValue: krw(600_000_000_000, { years: 4, sources: ['syn-invest'] }) }),
		],
	});
}

const entry = (es: readonly PerUnitEntry[], id: string) => {
	const e = es.find((x) => x.itemId === id);
	if (!e) throw new Error(`no entry ${id}`);
	return e;
};
const native = (e: PerUnitEntry) => {
	if (isExcluded(e.perUnit)) throw new Error(`${e.itemId} excluded: ${e.perUnit.excluded.reason}`);
	return e.perUnit;
};

describe('incidentBenchmarkRows on synthetic incidents', () => {
	const [row] = incidentBenchmarkRows([carrier()]);

	it('incidentBenchmarkRows takes counts from the people and lines figures and leaves records absent, not zero', () => {
		expect(row!.affected.map((a) => [a.id, a.unit, a.value, a.primary])).toEqual([
			['people', 'people', 40_000, true],
			['lines', 'lines', 8_000_000, false],
		]);
		expect(row!.affected.some((a) => a.unit === 'records')).toBe(false);
	});

	it('incidentBenchmarkRows divides an all-customer package by the lines that get it, not by the people affected', () => {
		const before = native(entry(perUnitForCase(row!, fx), 'data'));
		expect(before).toMatchObject({ value: 200_000_000_000 / 8_000_000, currency: 'KRW', unit: 'lines' });
		const [bigger] = incidentBenchmarkRows([carrier({ package: 500_000_000_000 })]);
		expect(native(entry(perUnitForCase(bigger!, fx), 'data')).value).toBe(500_000_000_000 / 8_000_000);
		// Fewer affected people do not change what each customer received.
		const [fewer] = incidentBenchmarkRows([carrier({ people: 10_000 })]);
		expect(native(entry(perUnitForCase(fewer!, fx), 'data')).value).toBe(200_000_000_000 / 8_000_000);
		const perPerson = perUnitForCase(row!, fx, { denominator: 'people', override: true });
		expect(native(entry(perPerson, 'data'))).toMatchObject({ value: 200_000_000_000 / 40_000, unit: 'people' });
	});

	it('incidentBenchmarkRows maps kinds to the closest benchmark types and skips remedies without a value', () => {
		expect(row!.remedies.map((r) => [r.id, r.type, r.status, r.amount?.value])).toEqual([
			['data', 'discount', 'final', 200_000_000_000],
			['fine', 'fine', 'final', 3_000_000_000],
			['pending-fine', 'fine', 'pending', undefined],
			['invest', 'security-pledge', 'final', 600_000_000_000],
		]);
		expect(KIND_TO_TYPE['fee-waiver']).toBe('waiver');
		expect(KIND_TO_TYPE['bill-discount']).toBe('discount');
		// Every kind maps to a real benchmark type or to nothing.
		for (const k of REMEDY_KINDS) expect([undefined, ...REMEDY_TYPES]).toContain(KIND_TO_TYPE[k]);
	});

	it('incidentBenchmarkRows turns a fee waiver with an announced value into a waiver item', () => {
		const inc = carrier();
		const withValue = { ...inc, remedies: inc.remedies.map((r) => (r.id === 'waiver' ? { ...r, announcedValue: { ...krw(1_000_000_000), qualifier: 'exact' as const } } : r)) };
		expect(incidentBenchmarkRows([withValue])[0]!.remedies.find((r) => r.id === 'waiver')).toMatchObject({ type: 'waiver', amount: { value: 1_000_000_000, currency: 'KRW' } });
	});

	it('incidentBenchmarkRows takes decided fines from the amount parameter and keeps a pending fine without an amount', () => {
		const es = perUnitForCase(row!, fx);
		expect(native(entry(es, 'fine')).value).toBe(3_000_000_000 / 40_000);
		const [finer] = incidentBenchmarkRows([carrier({ fine: 9_000_000_000 })]);
		expect(native(entry(perUnitForCase(finer!, fx), 'fine')).value).toBe(9_000_000_000 / 40_000);
		const pending = entry(es, 'pending-fine');
		expect(pending.status).toBe('pending');
		expect(pending.amount).toBeUndefined();
		expect(pending.converted).toEqual({ excluded: { reason: 'no-amount' } });
	});

	it('incidentBenchmarkRows carries the pledge’s years and every source through', () => {
		const pledge = row!.remedies.find((r) => r.id === 'invest')!;
		expect(pledge.amount).toMatchObject({ value: 600_000_000_000, years: 4, basis: 'total' });
		expect(pledge.sources).toContain('syn-invest');
		expect(row!.remedies.find((r) => r.id === 'data')!.sources).toEqual(['syn-value', 'syn-data']);
		expect(row!.remedies.find((r) => r.id === 'fine')!.sources).toEqual(['syn-fine']);
		expect(row!.affected.find((a) => a.id === 'people')!.sources).toEqual(['syn-people']);
		expect(row!.sources).toEqual(expect.arrayContaining(['syn-people', 'syn-lines', 'syn-value', 'syn-fine', 'syn-invest']));
	});

	it('incidentBenchmarkRows spans the years from the first intrusion to disclosure', () => {
		expect([row!.yearFrom, row!.yearTo]).toEqual([2023, 2025]);
		expect(row!.country).toBe('KR');
	});

	it('incidentBenchmarkRows leaves out an incident with no records, people or lines count', () => {
		const none = makeIncident({ figures: [makeFigure({ id: 'servers', metric: 'servers-scanned', unit: 'servers', value: 10 })] });
		expect(incidentBenchmarkRows([none])).toEqual([]);
	});

	it('incidentBenchmarkRows divides by lines when an incident has no people count', () => {
		const onlyLines = makeIncident({ figures: [makeFigure()], remedies: [makeRemedy({ id: 'd', kind: 'bill-discount', announcedValue: krw(1e9) })] });
		const [r] = incidentBenchmarkRows([onlyLines]);
		expect(r!.affected.map((a) => [a.id, a.primary])).toEqual([['lines', true]]);
	});
});

describe('incidentBenchmarkRows on the real incident files', () => {
	const data = loadDataset();
	const rows = incidentBenchmarkRows(data.incidents);
	const table = preferredRates(data.fx);
	const byId = (id: string) => rows.find((r) => r.id === id)!;

	it('incidentBenchmarkRows gives SKT records, people and lines, each equal to its headline figure', () => {
		const skt = data.incidents.find((i) => i.id === 'skt-2025')!;
		const r = byId('skt-2025');
		expect(r.affected.map((a) => a.unit)).toEqual(['records', 'people', 'lines']);
		expect(r.affected.find((a) => a.unit === 'records')!.value).toBe(figureFor(skt, 'records-leaked')!.value);
		expect(r.affected.find((a) => a.unit === 'people')!.value).toBe(figureFor(skt, 'people-affected')!.value);
		expect(r.affected.find((a) => a.unit === 'lines')!.value).toBe(figureFor(skt, 'subscriber-lines')!.value);
		expect(r.affected.find((a) => a.primary)!.unit).toBe('people');
	});

	it('incidentBenchmarkRows gives KT no records denominator', () => {
		const r = byId('kt-2025');
		expect(r.affected.some((a) => a.unit === 'records')).toBe(false);
		expect(() => perUnitForCase(r, table, { denominator: 'records' })).toThrow(/not an affected count/);
	});

	it('incidentBenchmarkRows takes every fine amount from decidedFines and every pledge from securityPledge', () => {
		for (const inc of data.incidents) {
			const r = byId(inc.id);
			const fines = r.remedies.filter((x) => x.type === 'fine' && x.amount);
			expect(fines.map((f) => f.amount!.value)).toEqual(decidedFines(inc).map((f) => f.amount));
			const pledge = securityPledge(inc);
			expect(r.remedies.find((x) => x.type === 'security-pledge')?.amount?.value).toBe(pledge?.announcedValue?.value);
		}
		// KT's fines are pending: listed, with no amount.
		expect(byId('kt-2025').remedies.filter((x) => x.type === 'fine').every((x) => x.status === 'pending' && !x.amount)).toBe(true);
	});
});
