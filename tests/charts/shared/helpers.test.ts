import { describe, expect, it } from 'vitest';
import { assignLanes, spreadLabels } from '../../../src/charts/shared/labelPlacement.ts';
import { joinList } from '../../../src/charts/shared/sentence.ts';
import { withParticle } from '../../../src/i18n/particle.ts';
import { textWidth, wrapText } from '../../../src/charts/shared/textFit.ts';

describe('labelPlacement', () => {
	it('assignLanes(items, lanes) lifts an overlapping label to the next lane unless its leader would cross a label', () => {
		const placed = assignLanes([{ x: 100, width: 80 }, { x: 50, width: 80 }, { x: 150, width: 80 }], 2, [0, 1000]);

		expect(placed).toEqual([{ lane: 0, side: 'start' }, { lane: 1, side: 'start' }, null]);
	});

	it('assignLanes(items, lanes, bounds) never runs a label outside the bounds and gives up when full', () => {
		expect(assignLanes([{ x: 10, width: 50 }], 1, [0, 40])).toEqual([null]);
		expect(assignLanes([{ x: 90, width: 50 }], 1, [0, 100])).toEqual([{ lane: 0, side: 'end' }]);
	});

	it('spreadLabels(ys, gap) pushes close labels apart and leaves distant ones alone', () => {
		expect(spreadLabels([100, 105, 300], 14)).toEqual([0, 9, 0]);
	});
});

describe('textFit', () => {
	it('textWidth(text) counts Hangul about twice as wide as Latin letters', () => {
		expect(textWidth('가나다', 10)).toBeGreaterThan(textWidth('abc', 10) * 1.5);
	});

	it('wrapText(text, width) breaks at spaces', () => {
		expect(wrapText('위약금 면제 기간 안내', 60, 10)).toEqual(['위약금 면제', '기간 안내']);
	});

	it('wrapText(text, width) breaks a word too wide for the width after a hyphen or middle dot, and a Korean one between syllables', () => {
		expect(wrapText('Early-termination fee waiver', 80, 13)).toEqual(['Early-', 'termination', 'fee waiver']);
		const korean = wrapText('KB국민·NH농협·롯데카드정보유출 · 2012–2014', 118, 13);
		expect(korean.length).toBeGreaterThan(1);
		expect(korean.join('').replace(/ /g, '')).toBe('KB국민·NH농협·롯데카드정보유출·2012–2014');
		for (const line of korean) expect(textWidth(line, 13)).toBeLessThanOrEqual(118);
		// A word that fits is never split, and a Latin word with nowhere to break stays whole.
		expect(wrapText('Capital One breach', 200, 13)).toEqual(['Capital One breach']);
		expect(wrapText('Incomprehensibilities', 50, 13)).toEqual(['Incomprehensibilities']);
	});
});

describe('sentence', () => {
	it('withParticle(word) picks the particle by the last syllable', () => {
		expect(withParticle('요금 할인', '은', '는')).toBe('요금 할인은');
		expect(withParticle('위약금 면제', '은', '는')).toBe('위약금 면제는');
		expect(withParticle('OTT', '은', '는')).toBe('OTT은(는)');
	});

	it('joinList(items, locale, max) joins as each language does', () => {
		expect(joinList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
		expect(joinList(['가', '나', '다', '라'], 'ko', 2)).toBe('가·나 외 2종');
		expect(joinList(['가', '나', '다'], 'ko', 2)).toBe('가·나·다');
	});
});
