import { describe, expect, it } from 'vitest';
import { rankLikeWithLike, otherCasesBest, type RankableRow } from '../../../src/lib/benchmarks/ranking.ts';
import { remedyGroup } from '../../../src/lib/benchmarks/remedyGroup.ts';
import { valueBasis } from '../../../src/lib/benchmarks/valueBasis.ts';
import { REMEDY_TYPES, type RemedyType } from '../../../src/schemas/benchmark.ts';

type Row = RankableRow & { type: RemedyType };
const row = (caseId: string, krw: number | null, type: RemedyType, o: Partial<Row> = {}): Row => ({ caseId, group: remedyGroup(type), primary: true, krw, highlight: false, type, ...o });

describe('valueBasis', () => {
	it('valueBasis(type) gives every money-to-victims type a basis and no other type one', () => {
		for (const type of REMEDY_TYPES) expect(valueBasis(type) !== undefined, type).toBe(remedyGroup(type) === 'victims');
	});

	it('valueBasis separates face values, cash paid and settlement funds', () => {
		expect(valueBasis('voucher')).toBe('face-value');
		expect(valueBasis('discount')).toBe('face-value');
		expect(valueBasis('reimbursement')).toBe('cash-paid');
		expect(valueBasis('cash-fund')).toBe('settlement-fund');
	});
});

describe('rankLikeWithLike', () => {
	it('rankLikeWithLike(rows) ranks a face value only among face values, never against a larger settlement fund', () => {
		const rows = [row('site', 100, 'discount', { highlight: true }), row('fund', 1000, 'cash-fund'), row('voucher', 50, 'voucher'), row('coupon', 200, 'voucher')];

		expect(rankLikeWithLike(rows).map(({ row: r, rank, of, basis }) => [r.caseId, rank, of, basis])).toEqual([['site', 2, 3, 'face-value']]);
	});

	it('rankLikeWithLike(rows) keeps the rank of a case’s largest item when it has items on two bases, in data order', () => {
		const rows = [
			row('b', 10, 'reimbursement', { highlight: true }),
			row('b', 5, 'voucher', { highlight: true }),
			row('a', 40, 'voucher', { highlight: true }),
			row('x', 30, 'reimbursement'),
			row('y', 1, 'voucher'),
		];

		expect(rankLikeWithLike(rows).map(({ row: r, rank, of, basis }) => [r.caseId, r.krw, rank, of, basis])).toEqual([
			['b', 10, 2, 2, 'cash-paid'],
			['a', 40, 1, 3, 'face-value'],
		]);
	});

	it('rankLikeWithLike(rows) ignores penalties, alternative denominators and rows without a value', () => {
		const rows = [row('site', 10, 'voucher', { highlight: true }), row('f', 99, 'fine'), row('alt', 500, 'voucher', { primary: false }), row('none', null, 'voucher')];

		expect(rankLikeWithLike(rows).map(({ rank, of }) => [rank, of])).toEqual([[1, 1]]);
	});
});

describe('otherCasesBest', () => {
	it('otherCasesBest(rows, keep) is every other case’s largest item to victims, smallest first', () => {
		const rows = [row('site', 1000, 'discount', { highlight: true }), row('a', 5, 'voucher'), row('a', 7, 'voucher'), row('b', 3, 'voucher'), row('c', 900, 'cash-fund')];

		expect(otherCasesBest(rows).map((r) => [r.caseId, r.krw])).toEqual([['b', 3], ['a', 7], ['c', 900]]);
		expect(otherCasesBest(rows, (r) => valueBasis(r.type) === 'face-value').map((r) => r.caseId)).toEqual(['b', 'a']);
	});
});
