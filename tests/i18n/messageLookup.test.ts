import { describe, expect, it } from 'vitest';
import { messageLookup } from '../../src/i18n/messageLookup.ts';

const ko = { 'fruit.good': '{fruit:은/는} {n}개 있다', 'fruit.none': '없다' } as const;
const text = messageLookup(ko, { 'fruit.good': 'There are {n} {fruit}', 'fruit.none': 'None' });

describe('messageLookup', () => {
	it('fills placeholders in either language', () => {
		expect(text('en', 'fruit.good', { fruit: 'pears', n: 3 })).toBe('There are 3 pears');
		expect(text('ko', 'fruit.none')).toBe('없다');
	});

	it('puts the Korean particle that fits the last syllable after a {name:은/는} value', () => {
		expect(text('ko', 'fruit.good', { fruit: '사과', n: 3 })).toBe('사과는 3개 있다');
		expect(text('ko', 'fruit.good', { fruit: '귤', n: 2 })).toBe('귤은 2개 있다');
		expect(text('ko', 'fruit.good', { fruit: 'KT', n: 1 })).toBe('KT은(는) 1개 있다');
	});

	it('treats a final ㄹ as a vowel before 으로/로, also after a closing quote', () => {
		const ro = messageLookup({ to: "{to:으로/로} '{what:'으로/'로}" } as const, { to: '{to} {what}' });
		expect(ro('ko', 'to', { to: '48개월', what: '기간' })).toBe("48개월로 '기간'으로");
		expect(ro('ko', 'to', { to: '하루', what: '서울' })).toBe("하루로 '서울'로");
		expect(ro('ko', 'to', { to: '30%', what: 'ARPU' })).toBe("30%(으)로 'ARPU'(으)로");
	});

	it('stops rather than print a raw placeholder when a value is missing at run time', () => {
		const call = text as (locale: 'ko', key: 'fruit.good', vars: object) => string;
		expect(() => call('ko', 'fruit.good', { n: 1 })).toThrow(/fruit\.good.*\{fruit\}/);
	});
});

/** Compile-time checks (`npm run check`): each line below must stay a type error. */
export function compileTimeChecks(): unknown[] {
	return [
		// @ts-expect-error a particle placeholder still needs its value
		text('ko', 'fruit.good', { n: 1 }),
		// @ts-expect-error an English table that lacks a key
		messageLookup(ko, { 'fruit.good': '' }),
	];
}
