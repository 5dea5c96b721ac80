import { describe, expect, it } from 'vitest';
import { filterBenchmarkRows, rowMatches, type FilterableRow } from '../../../src/lib/benchmarks/filters.ts';

const kr2014: FilterableRow = { country: 'KR', yearFrom: 2013, yearTo: 2014, type: 'voucher' };
const us2019: FilterableRow = { country: 'US', yearFrom: 2019, yearTo: 2019, type: 'fine' };

describe('rowMatches', () => {
	it('rowMatches(row, {}) matches everything; empty lists are no filter', () => {
		expect(rowMatches(kr2014, {})).toBe(true);
		expect(rowMatches(kr2014, { countries: [], types: [] })).toBe(true);
	});

	it('rowMatches(row, filters) needs the country and type to be listed', () => {
		expect(rowMatches(kr2014, { countries: ['KR', 'JP'] })).toBe(true);
		expect(rowMatches(kr2014, { countries: ['US'] })).toBe(false);
		expect(rowMatches(us2019, { types: ['fine'] })).toBe(true);
		expect(rowMatches(us2019, { types: ['voucher'] })).toBe(false);
	});

	it('rowMatches(row, {from, to}) keeps a case whose breach-to-disclosure years overlap the range, ends included', () => {
		expect(rowMatches(kr2014, { from: 2014 })).toBe(true);
		expect(rowMatches(kr2014, { from: 2015 })).toBe(false);
		expect(rowMatches(kr2014, { to: 2013 })).toBe(true);
		expect(rowMatches(kr2014, { to: 2012 })).toBe(false);
		expect(rowMatches(us2019, { from: 2015, to: 2018 })).toBe(false);
	});
});

describe('filterBenchmarkRows', () => {
	it('filterBenchmarkRows(rows, filters) keeps the matching rows, in order, with their own fields', () => {
		const rows = [
			{ ...us2019, key: 'u' },
			{ ...kr2014, key: 'k' },
		];

		expect(filterBenchmarkRows(rows, { countries: ['KR'] })).toEqual([{ ...kr2014, key: 'k' }]);
		expect(filterBenchmarkRows(rows, {}).map((r) => r.key)).toEqual(['u', 'k']);
	});
});
