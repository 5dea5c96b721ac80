import { describe, expect, it } from 'vitest';
import { benchmarkRows } from '../../../src/charts/benchmarks/rows.ts';
import { benchmarkIntro } from '../../../src/lib/benchmarks/benchmarkIntro.ts';
import { filterOptions, rowsByGroup } from '../../../src/lib/benchmarks/benchmarkTable.ts';
import { incidentBenchmarkRows } from '../../../src/lib/benchmarks/incidentRows.ts';
import { rankLikeWithLike } from '../../../src/lib/benchmarks/ranking.ts';
import { getDataset } from '../../../src/lib/data/getDataset.ts';
import { benchmarkStanding } from '../../../src/lib/findings/benchmarkStanding.ts';

const data = getDataset();
const rows = benchmarkRows(data.benchmarks, data.incidents, data.fx, 'en');
const intro = benchmarkIntro(rows, incidentBenchmarkRows(data.incidents));

describe('benchmarkIntro (real data)', () => {
	it('benchmarkIntro(rows, incidents) sets each rank beside the very figure ranked, with its own unit', () => {
		const ranked = rankLikeWithLike(rows);

		expect(intro.map((e) => [e.incident.id, e.ranked.row.key, e.rank, e.of])).toEqual(ranked.map((r) => [r.row.caseId, r.row.key, r.rank, r.of]));
		for (const e of intro) expect(e.ranked.count.unit).toBe(e.ranked.row.denominator.unit);
	});

	it('benchmarkIntro(...) ranks each carrier’s all-customer package per line, and shows per-person only as an unranked alternative', () => {
		for (const id of ['skt-2025', 'kt-2025']) {
			const e = intro.find((x) => x.incident.id === id)!;

			expect(e.ranked.count.unit).toBe('lines');
			expect(e.basis).toBe('face-value');
			expect(e.others.map((o) => o.count.unit)).toContain('people');
			expect(e.others.every((o) => o.row.key !== e.ranked.row.key && o.row.itemId === e.ranked.row.itemId)).toBe(true);
		}
	});

	it('benchmarkIntro(...) names the counts an incident lacks instead of treating them as zero', () => {
		expect(intro.find((x) => x.incident.id === 'kt-2025')!.missing).toEqual(['records']);
		expect(intro.find((x) => x.incident.id === 'skt-2025')!.missing).toEqual([]);
	});

	it('benchmarkStanding(rows) carries the same figures and ranks as the intro', () => {
		expect(benchmarkStanding(rows).map((s) => [s.caseId, s.krw, s.unit, s.rank, s.of])).toEqual(
			intro.map((e) => [e.incident.id, e.ranked.row.krw, e.ranked.count.unit, e.rank, e.of]),
		);
	});
});

describe('benchmarkTable', () => {
	const base = { highlight: false, primary: true, itemId: 'i', country: 'KR', yearFrom: 2020, yearTo: 2021, type: 'voucher' as const };

	it('rowsByGroup(rows, locale) puts the site’s own cases first, then cases by name, primary before alternatives, empty groups dropped', () => {
		const rows = [
			{ ...base, caseName: 'Zeta', group: 'victims' as const },
			{ ...base, caseName: 'Alpha', group: 'victims' as const, primary: false },
			{ ...base, caseName: 'Alpha', group: 'victims' as const },
			{ ...base, caseName: 'Own', group: 'victims' as const, highlight: true },
			{ ...base, caseName: 'Fine', group: 'penalties' as const, type: 'fine' as const },
		];

		const groups = rowsByGroup(rows, 'en');

		expect(groups.map((g) => g.group)).toEqual(['victims', 'penalties']);
		expect(groups[0]!.rows.map((r) => `${r.caseName}${r.primary ? '' : '*'}`)).toEqual(['Own', 'Alpha', 'Alpha*', 'Zeta']);
	});

	it('filterOptions(rows, order) offers only values the rows have: countries sorted, every year in the span, types in the given order', () => {
		const rows = [
			{ ...base, country: 'US', yearFrom: 2013, yearTo: 2014, type: 'cash-fund' as const },
			{ ...base, country: 'KR', yearFrom: 2016, yearTo: 2016 },
		];

		expect(filterOptions(rows, ['voucher', 'fine', 'cash-fund'])).toEqual({ countries: ['KR', 'US'], years: [2013, 2014, 2015, 2016], types: ['voucher', 'cash-fund'] });
		expect(filterOptions([], ['voucher'])).toEqual({ countries: [], years: [], types: [] });
	});
});
