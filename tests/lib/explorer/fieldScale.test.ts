import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldScale, fromFieldValue, toFieldValue } from '../../../src/lib/explorer/fieldScale.ts';

describe('fieldScale', () => {
	it('types sums of money in 억원 in Korean and in ₩ billion in English', () => {
		expect(fieldScale('krw', 'ko')).toEqual({ factor: 1e8, label: '억원' });
		expect(fieldScale('krw', 'en')).toEqual({ factor: 1e9, label: '₩ billion' });
		expect(toFieldValue(700_000_000_000, fieldScale('krw', 'ko').factor)).toBe('7000');
		expect(toFieldValue(700_000_000_000, fieldScale('krw', 'en').factor)).toBe('700');
		expect(toFieldValue(134_800_600_000, 1e9)).toBe('134.8006');
	});

	it('leaves every other unit as it is', () => {
		expect(fieldScale('krw-per-month', 'ko')).toEqual({ factor: 1, label: '원/월' });
		expect(fieldScale('percent', 'en').factor).toBe(1);
		expect(toFieldValue(29_202, 1)).toBe('29202');
		expect(fromFieldValue('29202.5', 1)).toBe(29_202.5);
	});

	it('reads what a reader typed back into whole won', () => {
		expect(fromFieldValue('7000', 1e8)).toBe(700_000_000_000);
		expect(fromFieldValue('0.3', 1e9)).toBe(300_000_000);
		expect(fromFieldValue('1348.006', 1e8)).toBe(134_800_600_000);
	});

	it('keeps the last good value while a number is empty or half-typed', () => {
		expect(fromFieldValue('', 1e8)).toBeUndefined();
		expect(fromFieldValue('  ', 1)).toBeUndefined();
		expect(fromFieldValue('-', 1e8)).toBeUndefined();
		expect(fromFieldValue('1e400', 1)).toBeUndefined();
	});

	it('round-trips any whole-won amount up to 20조원 through the field in both languages', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 2_000_000_000_000 }), fc.constantFrom(1e8, 1e9), (won, factor) => {
				expect(fromFieldValue(toFieldValue(won, factor), factor)).toBe(won);
			}),
		);
	});

	it('never shows -0', () => {
		expect(toFieldValue(-0, 1e8)).toBe('0');
	});
});
