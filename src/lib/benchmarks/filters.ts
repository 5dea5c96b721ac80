// Ships to the browser: the benchmark filters (country, years, remedy type) applied to table rows.
import type { RemedyType } from '../../schemas/benchmark.ts';

export interface BenchmarkFilters {
	/** ISO 3166-1 alpha-2 codes; empty or absent = every country. */
	countries?: readonly string[];
	/** Inclusive year range; a case matches when its breach-to-disclosure years overlap it. */
	from?: number;
	to?: number;
	/** Remedy types; empty or absent = every type. */
	types?: readonly RemedyType[];
}

/** What a filter looks at: the case's country and years, and the item's remedy type. */
export interface FilterableRow {
	country: string;
	yearFrom: number;
	yearTo: number;
	type: RemedyType;
}

/** Whether a row passes every active filter; an empty or absent filter matches everything. */
export function rowMatches(r: FilterableRow, f: BenchmarkFilters): boolean {
	if (f.countries && f.countries.length > 0 && !f.countries.includes(r.country)) return false;
	if (f.types && f.types.length > 0 && !f.types.includes(r.type)) return false;
	if (f.from !== undefined && r.yearTo < f.from) return false;
	if (f.to !== undefined && r.yearFrom > f.to) return false;
	return true;
}

/** Rows matching every active filter, in their order. */
export function filterBenchmarkRows<R extends FilterableRow>(rows: readonly R[], f: BenchmarkFilters): R[] {
	return rows.filter((r) => rowMatches(r, f));
}
