import { describe, expect, it } from 'vitest';
import { bestPerCase, medianPerUnit, rankInGroup, type RankableRow } from '../../../src/lib/benchmarks/ranking.ts';

const row = (caseId: string, krw: number | null, o: Partial<RankableRow> = {}): RankableRow & { id: string } => ({
	id: `${caseId}:${krw}`,
	caseId,
	group: 'victims',
	primary: true,
	krw,
	highlight: false,
	...o,
});

describe('bestPerCase', () => {
	it('bestPerCase(rows, group) keeps each case’s largest primary item of the group, largest first', () => {
		const rows = [row('a', 10), row('a', 30), row('b', 20), row('c', 5), row('a', 99, { group: 'penalties' }), row('b', 500, { primary: false }), row('c', null)];

		expect(bestPerCase(rows, 'victims').map((r) => r.id)).toEqual(['a:30', 'b:20', 'c:5']);
		expect(bestPerCase(rows, 'penalties').map((r) => r.id)).toEqual(['a:99']);
	});

	it('bestPerCase(rows, group, keep) considers only the rows kept', () => {
		const rows = [row('site', 40, { highlight: true }), row('b', 20), row('c', 30)];

		expect(bestPerCase(rows, 'victims', (r) => !r.highlight).map((r) => r.caseId)).toEqual(['c', 'b']);
	});
});

describe('rankInGroup', () => {
	it('rankInGroup(rows, group) ranks only highlighted cases, among every case’s largest item', () => {
		const rows = [row('b', 50), row('site-1', 30, { highlight: true }), row('c', 10), row('site-2', 5, { highlight: true }), row('site-2', 60, { group: 'security', highlight: true })];

		expect(rankInGroup(rows, 'victims').map(({ row: r, rank, of }) => [r.caseId, rank, of])).toEqual([
			['site-1', 2, 4],
			['site-2', 4, 4],
		]);
		expect(rankInGroup(rows, 'penalties')).toEqual([]);
	});
});

describe('medianPerUnit', () => {
	it('medianPerUnit(rows) is the middle value, or the mean of the two middle ones', () => {
		expect(medianPerUnit([row('a', 3), row('b', 1), row('c', 100)])).toBe(3);
		expect(medianPerUnit([row('a', 4), row('b', 1), row('c', 100), row('d', 10)])).toBe(7);
	});

	it('medianPerUnit(rows) skips rows without a value, and is undefined when none has one', () => {
		expect(medianPerUnit([row('a', null), row('b', 8)])).toBe(8);
		expect(medianPerUnit([row('a', null)])).toBeUndefined();
		expect(medianPerUnit([])).toBeUndefined();
	});
});
