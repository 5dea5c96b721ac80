import { describe, expect, it } from 'vitest';
import { joinPhrases } from '../../../src/charts/shared/sentence.ts';

describe('joinPhrases', () => {
	it('joinPhrases(items, locale) lists with commas in Korean and with a final "and" in English', () => {
		expect(joinPhrases(['SKT 1,000명', 'KT 2,000명', 'LG 3,000명'], 'ko')).toBe('SKT 1,000명, KT 2,000명, LG 3,000명');
		expect(joinPhrases(['1,000 at SKT', '2,000 at KT', '3,000 at LG'], 'en')).toBe('1,000 at SKT, 2,000 at KT and 3,000 at LG');
	});

	it('joinPhrases(items, locale) leaves a single phrase alone', () => {
		expect(joinPhrases(['SKT'], 'ko')).toBe('SKT');
		expect(joinPhrases(['SKT'], 'en')).toBe('SKT');
	});
});
