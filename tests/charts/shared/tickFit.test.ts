import { describe, expect, it } from 'vitest';
import { linearTicks, powersOfTen, ticksThatFit } from '../../../src/charts/shared/tickFit.ts';
import { textWidth } from '../../../src/charts/shared/textFit.ts';

describe('tickFit', () => {
	it('ticksThatFit(length, labelWidth) leaves a gap between labels and never goes below two', () => {
		expect(ticksThatFit(300, 50)).toBe(4);
		expect(ticksThatFit(20, 50)).toBe(2);
	});

	it('powersOfTen(lo, hi, count) thins the powers of ten to at most `count`', () => {
		expect(powersOfTen(1, 1e6, 10)).toEqual([1, 10, 100, 1000, 1e4, 1e5, 1e6]);
		expect(powersOfTen(1, 1e6, 3)).toEqual([1, 1000, 1e6]);
	});

	it('linearTicks(lo, hi, length, format) returns round ticks whose labels fit side by side', () => {
		const format = (d: number) => `₩${d / 1e9} billion`;
		for (const length of [250, 400, 600]) {
			const ticks = linearTicks(0, 1.5e12, length, format, 13);
			const widest = Math.max(...ticks.map((d) => textWidth(format(d), 13)));
			expect(ticks.length * (widest + 16)).toBeLessThanOrEqual(length);
			expect(ticks.length).toBeGreaterThanOrEqual(2);
		}
		expect(linearTicks(0, 1.5e12, 600, format, 13).length).toBeGreaterThan(linearTicks(0, 1.5e12, 250, format, 13).length);
		// Too short for any two round ticks: just the ends.
		expect(linearTicks(0, 1.5e12, 100, format, 13)).toEqual([0, 1.5e12]);
	});
});
