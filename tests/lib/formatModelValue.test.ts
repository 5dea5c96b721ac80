import { describe, expect, it } from 'vitest';
import { formatModelValue, modelUnitLabel } from '../../src/lib/format/formatModelValue.ts';
import { MODEL_UNITS } from '../../src/schemas/assumption.ts';

/** One value per model unit, as it reads in Korean and in English. */
const CASES = [
	[29_202, 'krw-per-month', '29,202원/월', '₩29,202 a month'],
	[29_202.5, 'krw-per-month', '29,202.5원/월', '₩29,202.5 a month'],
	[300_000, 'krw-per-person', '300,000원/명', '₩300,000 per person'],
	[2_000, 'krw-per-use', '2,000원/회', '₩2,000 per use'],
	[1_100, 'krw-per-gb', '1,100원/GB', '₩1,100 per GB'],
	[7_700, 'krw-per-usim', '7,700원/개', '₩7,700 per USIM'],
	[243_190_000, 'krw-per-year', '2억4,319만원/년', '₩243.2 million a year'],
	[150_000, 'krw-per-line', '150,000원/회선', '₩150,000 per line'],
	[700_000_000_000, 'krw', '7,000억원', '₩700 billion'],
	[12.345, 'percent', '12.35%', '12.35%'],
	[6.9, 'percent-per-year', '6.9%/년', '6.9% a year'],
	[50, 'gb-per-month', '50 GB/월', '50 GB a month'],
	[36, 'months', '36개월', '36 months'],
	[5, 'years', '5년', '5 years'],
	[22_227, 'people', '22,227명', '22,227 people'],
	[13_643_128, 'lines', '1,364만회선', '13.64 million lines'],
] as const;

describe('formatModelValue', () => {
	it.each(CASES)('formatModelValue(%d, %s) reads %s / %s', (value, unit, ko, en) => {
		expect(formatModelValue(value, unit, 'ko')).toBe(ko);
		expect(formatModelValue(value, unit, 'en')).toBe(en);
	});

	it('has a case for every model unit', () => {
		// A unit added to MODEL_UNITS needs a case above, so its words are pinned in both languages.
		const untested = MODEL_UNITS.filter((u) => !CASES.some(([, unit]) => unit === u));
		expect(untested).toEqual([]);
	});
});

describe('modelUnitLabel', () => {
	it.each([
		['krw', '원', 'won'],
		['krw-per-month', '원/월', 'won a month'],
		['krw-per-usim', '원/개', 'won per USIM'],
		['percent', '%', '%'],
		['percent-per-year', '%/년', '% a year'],
		['gb-per-month', 'GB/월', 'GB a month'],
		['lines', '회선', 'lines'],
	] as const)('names %s %s / %s', (unit, ko, en) => {
		expect(modelUnitLabel(unit, 'ko')).toBe(ko);
		expect(modelUnitLabel(unit, 'en')).toBe(en);
	});

	it('names every model unit in both languages', () => {
		const unnamed = MODEL_UNITS.filter((u) => !modelUnitLabel(u, 'ko').trim() || !modelUnitLabel(u, 'en').trim());
		expect(unnamed).toEqual([]);
	});
});
