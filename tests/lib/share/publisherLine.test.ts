import { describe, expect, it } from 'vitest';
import { distinctPublishers, publisherLine } from '../../../src/lib/share/publisherLine.ts';

describe('publisherLine', () => {
	const publisherOf = (id: string) => ({ a: '이데일리', b: 'Chosun Biz', c: '이데일리', d: 'News1', e: 'KBS' })[id]!;

	it('names each publisher once, in order of first citation', () => {
		expect(distinctPublishers(['a', 'b', 'c', 'd'], publisherOf)).toEqual(['이데일리', 'Chosun Biz', 'News1']);
	});

	it('spells out two publishers and counts the rest, in either language', () => {
		const many = distinctPublishers(['a', 'b', 'c', 'd', 'e'], publisherOf);
		expect(publisherLine(many, 'en')).toBe('이데일리, Chosun Biz and 2 more');
		expect(publisherLine(many, 'ko')).toBe('이데일리, Chosun Biz 외 2곳');
	});

	it('lists one or two publishers without a count', () => {
		expect(publisherLine(['KBS'], 'en')).toBe('KBS');
		expect(publisherLine(['KBS', 'News1'], 'ko')).toBe('KBS, News1');
	});
});
