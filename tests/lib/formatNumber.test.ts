import { describe, expect, it } from 'vitest';
import { formatCompact, formatKrw, formatUsd, formatValue } from '../../src/lib/format/formatNumber.ts';

describe('formatValue', () => {
	it.each([
		[26_957_749, 'records', '2,696만건', '26.96 million records'],
		[23_244_649, 'people', '2,324만명', '23.24 million people'],
		[22_227, 'people', '22,227명', '22,227 people'],
		[13_643_128, 'lines', '1,364만회선', '13.64 million lines'],
		[1, 'servers', '1대', '1 server'],
		[50, 'percent', '50%', '50%'],
		[50, 'gb-per-month', '50 GB/월', '50 GB a month'],
		[29_202, 'krw-per-month', '29,202원/월', '₩29,202 a month'],
	] as const)('formatValue(%d, %s) reads %s / %s', (value, unit, ko, en) => {
		expect(formatValue(value, unit, 'ko')).toBe(ko);
		expect(formatValue(value, unit, 'en')).toBe(en);
	});
});

describe('formatKrw', () => {
	it.each([
		[1_000_000_000_000, '1조원', '₩1 trillion'],
		[1_200_000_000_000, '1조2,000억원', '₩1.2 trillion'],
		[700_000_000_000, '7,000억원', '₩700 billion'],
		[134_791_000_000, '1,347억9,100만원', '₩134.8 billion'],
		[243_190_000, '2억4,319만원', '₩243.2 million'],
		[9_600_000, '960만원', '₩9.6 million'],
		[300_000, '30만원', '₩300,000'],
		[7_700, '7,700원', '₩7,700'],
		[-52_200_000_000, '-522억원', '-₩52.2 billion'],
	])('formatKrw(%d) reads %s / %s', (value, ko, en) => {
		expect(formatKrw(value, 'ko')).toBe(ko);
		expect(formatKrw(value, 'en')).toBe(en);
	});

	it('formatKrw(value) rounds the lower group instead of truncating it', () => {
		expect(formatKrw(199_999_999, 'ko')).toBe('2억원');
	});
});

describe('formatCompact and formatUsd', () => {
	it('formatCompact(n) keeps full digits below a million', () => {
		expect(formatCompact(312_902, 'ko')).toBe('312,902');
		expect(formatCompact(312_902, 'en')).toBe('312,902');
	});

	it('formatUsd(n) uses dollars in both locales', () => {
		expect(formatUsd(94_780_000, 'en')).toBe('$94.78 million');
		expect(formatUsd(94_780_000, 'ko')).toBe('9,478만 달러');
	});
});
