import { describe, expect, it } from 'vitest';
import { messageLookup } from '../../../src/i18n/messageLookup.ts';
import { inBothLocales } from '../../../src/charts/shared/inBothLocales.ts';

const ko = { 'col.plain': '출처', 'col.rate': '{fruit:은/는} {n}개' } as const;
const text = messageLookup(ko, { 'col.plain': 'Sources', 'col.rate': '{n} {fruit}' });

describe('inBothLocales', () => {
	it('gives a message without placeholders in both languages', () => {
		expect(inBothLocales(text, 'col.plain')).toEqual({ ko: '출처', en: 'Sources' });
	});

	it('fills the same values into both languages, with the Korean particle', () => {
		expect(inBothLocales(text, 'col.rate', { fruit: '사과', n: 3 })).toEqual({ ko: '사과는 3개', en: '3 사과' });
	});
});

/** Compile-time checks (`npm run check`): each line below must stay a type error. */
export function compileTimeChecks(): unknown[] {
	return [
		// @ts-expect-error a message with placeholders needs their values
		inBothLocales(text, 'col.rate'),
		// @ts-expect-error a message without placeholders takes none
		inBothLocales(text, 'col.plain', { n: 1 }),
		// @ts-expect-error a key the table does not have
		inBothLocales(text, 'col.missing'),
	];
}
