import { describe, expect, it } from 'vitest';
import { inSentence, lowerFirst } from '../../../src/charts/shared/sentence.ts';

describe('lowerFirst / inSentence', () => {
	it('lowers an English label that opens with an ordinary word', () => {
		expect(lowerFirst('Bill discount')).toBe('bill discount');
		expect(lowerFirst('Early-termination fees waived')).toBe('early-termination fees waived');
		expect(lowerFirst('Free USIM swap for all customers')).toBe('free USIM swap for all customers');
		expect(inSentence('Privacy commission fine (undecided)', 'en')).toBe('privacy commission fine (undecided)');
	});

	it('keeps acronyms and names of more than one capitalised word', () => {
		expect(lowerFirst('SKT own-brand discount')).toBe('SKT own-brand discount');
		expect(lowerFirst('T Membership relay partner discounts')).toBe('T Membership relay partner discounts');
		expect(lowerFirst('Network Act fine for not reporting (undecided)')).toBe('Network Act fine for not reporting (undecided)');
		expect(lowerFirst('Personal Information Protection Commission fine')).toBe('Personal Information Protection Commission fine');
	});

	it('leaves Korean alone', () => {
		expect(inSentence('정보통신망법 미신고 과태료', 'ko')).toBe('정보통신망법 미신고 과태료');
	});
});
