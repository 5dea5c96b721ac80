/**
 * The benchmarks page's full tables and filter choices: rows per remedy group in reading order
 * (the site's own incidents first, then cases by name, each item's primary figure before its
 * alternatives), and only the countries, years and types the rows have — so the filter island never
 * offers, or accepts, a value that matches nothing.
 */
import type { RemedyType } from '../../schemas/benchmark.ts';
import type { FilterableRow } from './filters.ts';
import { REMEDY_GROUPS, type RemedyGroup } from './remedyGroup.ts';

export interface TableRow extends FilterableRow {
	group: RemedyGroup;
	highlight: boolean;
	caseName: string;
	itemId: string;
	primary: boolean;
}

/** Non-empty groups in REMEDY_GROUPS order, each with its rows sorted for reading. */
export function rowsByGroup<R extends TableRow>(rows: readonly R[], locale: string): { group: RemedyGroup; rows: R[] }[] {
	return REMEDY_GROUPS.map((group) => ({
		group,
		rows: rows
			.filter((r) => r.group === group)
			.sort(
				(a, b) =>
					Number(b.highlight) - Number(a.highlight) ||
					a.caseName.localeCompare(b.caseName, locale) ||
					a.itemId.localeCompare(b.itemId) ||
					Number(b.primary) - Number(a.primary),
			),
	})).filter((g) => g.rows.length > 0);
}

export interface FilterOptions {
	countries: string[];
	years: number[];
	types: RemedyType[];
}

/** The values the filters offer: sorted countries, every year from the earliest to the latest, types in `typeOrder`. */
export function filterOptions(rows: readonly FilterableRow[], typeOrder: readonly RemedyType[]): FilterOptions {
	const countries = [...new Set(rows.map((r) => r.country))].sort();
	const min = Math.min(...rows.map((r) => r.yearFrom));
	const max = Math.max(...rows.map((r) => r.yearTo));
	const years = Number.isFinite(min) ? Array.from({ length: max - min + 1 }, (_, i) => min + i) : [];
	return { countries, years, types: typeOrder.filter((type) => rows.some((r) => r.type === type)) };
}
