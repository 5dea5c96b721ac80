import { describe, expect, it } from 'vitest';
import { placeholderNames } from '../../../src/i18n/fillPlaceholders.ts';
import { explorerEn } from '../../../src/lib/explorer/explorerEn.ts';
import { explorerKo, type ExplorerMessages } from '../../../src/lib/explorer/explorerKo.ts';
import { explorerText, groupLabel, noticeText } from '../../../src/lib/explorer/explorerText.ts';
import { en } from '../../../src/i18n/en.ts';
import { ko } from '../../../src/i18n/ko.ts';
import { PARAMETER_GROUPS } from '../../../src/lib/model/index.ts';

const placeholders = placeholderNames;

describe('explorer messages', () => {
	it('have the same keys and placeholders in Korean and English', () => {
		expect(Object.keys(explorerEn).sort()).toEqual(Object.keys(explorerKo).sort());
		const mismatched = Object.keys(explorerKo).filter(
			(k) => placeholders(explorerKo[k as keyof typeof explorerKo]).join() !== placeholders(explorerEn[k as keyof ExplorerMessages]).join(),
		);
		expect(mismatched).toEqual([]);
	});

	it('are the explorer.* block of the site messages, so pages reach them through t()', () => {
		const siteKeys = (m: object) => Object.keys(m).filter((k) => k.startsWith('explorer.')).sort();
		expect(siteKeys(ko)).toEqual(Object.keys(explorerKo).sort());
		expect(siteKeys(en)).toEqual(Object.keys(explorerEn).sort());
	});

	it('name every parameter group in both languages', () => {
		const missing = PARAMETER_GROUPS.flatMap((g) => (['ko', 'en'] as const).filter((l) => !groupLabel(g, l).trim()).map((l) => `${g} ${l}`));
		expect(missing).toEqual([]);
		expect(groupLabel('population', 'en')).toBe('Customers and behaviour');
	});

	it('fill placeholders, and describe what a link decoding did', () => {
		expect(explorerText('ko', 'explorer.summary.adds', { blocks: '고객 보상' })).toBe('더한 블록: 고객 보상');
		expect(noticeText('clamped', 'en')).toBe('outside the allowed range, clamped');
	});
});

/**
 * Compile-time checks: `npm run check` type-checks this file, and each `@ts-expect-error` fails the
 * check if the line below it stops being an error.
 */
export function compileTimeChecks(): unknown[] {
	const { 'explorer.page.title': _dropped, ...withoutTitle } = explorerEn;
	return [
		// @ts-expect-error an English table that lacks a key
		((): ExplorerMessages => withoutTitle)(),
		// @ts-expect-error a message with a placeholder needs its value
		explorerText('ko', 'explorer.summary.adds'),
		// @ts-expect-error a key that does not exist
		explorerText('ko', 'explorer.nonexistent'),
	];
}
