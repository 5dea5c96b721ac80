import { describe, expect, it } from 'vitest';
import type { DataIssue } from '../../src/lib/data/DataValidationError.ts';
import { formatIssue } from '../../src/lib/data/DataValidationError.ts';
import { loadBenchmarks } from '../../src/lib/data/loadBenchmarks.ts';
import { dataReader } from '../../src/lib/data/dataReader.ts';
import { loadSourceIds } from '../../src/lib/data/loadDataset.ts';
import { SourceFileSchema } from '../../src/schemas/source.ts';
import type { Benchmark } from '../../src/schemas/benchmark.ts';

/** The real data/benchmarks, checked against the real bibliography in data/sources. */
function realBenchmarks(): Benchmark[] {
	const issues: DataIssue[] = [];
	const cases = loadBenchmarks('data', process.cwd(), loadSourceIds(), issues);
	expect(issues.map(formatIssue)).toEqual([]);
	return cases!;
}

/** Every source id cited anywhere in a value. */
function citedIds(value: unknown, out = new Set<string>()): Set<string> {
	if (Array.isArray(value)) value.forEach((v) => citedIds(v, out));
	else if (value !== null && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) {
			if (k === 'sources' && Array.isArray(v)) v.forEach((id) => out.add(id as string));
			else citedIds(v, out);
		}
	}
	return out;
}

describe('data/benchmarks', () => {
	const cases = realBenchmarks();

	it('data/benchmarks holds at least 16 cases and every source id resolves in data/sources', () => {
		expect(cases.length).toBeGreaterThanOrEqual(16);
	});

	it('data/benchmarks covers the Korean and international cases the issue names', () => {
		const ids = cases.map((c) => c.id);
		for (const id of [
			'lguplus-2023',
			'coupang-2025',
			'lotte-card-2025',
			'interpark-2016',
			'card-companies-2014',
			'yes24-2025',
			'equifax-2017',
			't-mobile-2021',
			'capital-one-2019',
			'att-2024',
			'optus-2022',
			'medibank-2022',
			'marriott-2018',
			'yahoo-2013',
			'facebook-cambridge-analytica-2018',
			'british-airways-2018',
			'benesse-2014',
			'sony-psn-2011',
		]) {
			expect(ids).toContain(id);
		}
	});

	it('data/benchmarks leaves SKT and KT to the incident data', () => {
		expect(cases.filter((c) => /^(skt|kt|sk-telecom)-/.test(c.id))).toEqual([]);
	});

	it('every amount in data/benchmarks has an ISO 4217 currency and a non-negative value', () => {
		const iso = new Set(Intl.supportedValuesOf('currency'));
		for (const c of cases) {
			for (const r of c.remedies) {
				if (!r.amount) continue;
				expect(iso.has(r.amount.currency), `${c.id}/${r.id}`).toBe(true);
				expect(r.amount.value, `${c.id}/${r.id}`).toBeGreaterThanOrEqual(0);
			}
		}
	});

	it('every case in data/benchmarks has exactly one primary denominator, with a reason', () => {
		for (const c of cases) {
			const primaries = c.affected.filter((a) => a.primary);
			expect(primaries, c.id).toHaveLength(1);
			expect(primaries[0]!.primaryReason, c.id).toBeDefined();
		}
	});

	it('every case in data/benchmarks has at least one remedy item with an amount', () => {
		for (const c of cases) expect(c.remedies.some((r) => r.amount), c.id).toBe(true);
	});

	it('every partial-comparability case in data/benchmarks says why', () => {
		for (const c of cases.filter((x) => x.comparability === 'partial')) {
			expect(c.comparabilityNote, c.id).toBeDefined();
		}
	});

	it('every entry of data/sources/benchmarks.yaml is cited by some case', () => {
		const issues: DataIssue[] = [];
		const file = dataReader('data', process.cwd(), issues).readOne('sources/benchmarks.yaml', SourceFileSchema);
		expect(issues.map(formatIssue)).toEqual([]);
		const cited = citedIds(cases);
		expect(file!.data.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
		expect(file!.data.every((s) => s.id.startsWith('bm-'))).toBe(true);
	});
});
