import { readdirSync, readFileSync } from 'node:fs';
import { sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeholderNames } from '../../src/i18n/fillPlaceholders.ts';
import { en } from '../../src/i18n/en.ts';
import { KO_PARTS, ko, type Messages } from '../../src/i18n/ko.ts';
import { CONFIDENCE_HELP, CONFIDENCE_LABEL, EVENT_KIND_LABEL } from '../../src/i18n/labels.ts';
import { QUALIFIER_PREFIX } from '../../src/i18n/qualifiers.ts';
import { REMEDY_KIND_LABEL } from '../../src/i18n/remedyKinds.ts';
import { REMEDY_STATUS_LABEL } from '../../src/i18n/remedyStatus.ts';
import { t } from '../../src/i18n/t.ts';
import { UNIT_WORDS } from '../../src/i18n/unitWords.ts';

const root = new URL('../../', import.meta.url);
const placeholders = placeholderNames;

describe('message files', () => {
	it('have the same keys in Korean and English', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(ko).sort());
	});

	it('use the same placeholders for a key in both languages', () => {
		const mismatched = Object.keys(ko)
			.filter((k) => placeholders(ko[k as keyof typeof ko]).join() !== placeholders(en[k as keyof Messages]).join())
			.map((k) => `${k}: ko {${placeholders(ko[k as keyof typeof ko]).join(', ')}} en {${placeholders(en[k as keyof Messages]).join(', ')}}`);
		expect(mismatched).toEqual([]);
	});

	it('have no empty messages', () => {
		const empty = [...Object.entries(ko), ...Object.entries(en)].filter(([, v]) => v.trim() === '').map(([k]) => k);
		expect(empty).toEqual([]);
	});
});

describe('tables kept beside their code', () => {
	it('are spread into ko.ts whole: no key in two tables, none overridden by a later key', () => {
		const seen = new Map<string, string>();
		const clashes: string[] = [];
		for (const [part, table] of Object.entries(KO_PARTS)) {
			for (const [key, message] of Object.entries(table)) {
				if (seen.has(key)) clashes.push(`${key}: ${seen.get(key)} and ${part}`);
				seen.set(key, part);
				if (ko[key as keyof typeof ko] !== message) clashes.push(`${key}: ${part}'s message is overridden in ko.ts`);
			}
		}
		expect(clashes).toEqual([]);
	});
});

describe('t', () => {
	it('looks a message up per locale and fills its placeholders', () => {
		expect(t('ko', 'overview.overYears', { n: 5 })).toBe('5년간');
		expect(t('en', 'overview.overYears', { n: 5 })).toBe('over 5 years');
		expect(t('en', 'data.citation', { version: 'v1', date: '2026-12-06', url: 'https://x/' })).toBe(
			'Telecom breach remedies compared, dataset version v1 (built 2026-12-06). https://x/',
		);
	});

	it('stops rather than print a raw placeholder when a value is missing at run time', () => {
		// The type check rejects this call; the cast stands for a caller that slipped past it.
		const call = t as (locale: 'ko', key: 'overview.overYears', vars?: object) => string;
		expect(() => call('ko', 'overview.overYears', {})).toThrow(/overview\.overYears.*\{n\}/);
	});
});

/**
 * Compile-time checks: `npm run check` type-checks this file, and each `@ts-expect-error` fails the
 * check if the line below it stops being an error — that is, if a missing translation, an extra
 * key or a forgotten placeholder value would compile again.
 */
export function compileTimeChecks(): unknown[] {
	const { 'site.title': _dropped, ...withoutTitle } = en;
	return [
		// @ts-expect-error an English file that lacks a key
		((): Messages => withoutTitle)(),
		// @ts-expect-error an English file with a key Korean does not have
		((): Messages => ({ ...en, 'overview.unknown': 'x' }))(),
		// @ts-expect-error a message with a placeholder needs its value
		t('ko', 'overview.overYears'),
		// @ts-expect-error a key that does not exist
		t('ko', 'overview.nonexistent'),
	];
}

describe('closed-set label tables', () => {
	const tables = { CONFIDENCE_LABEL, CONFIDENCE_HELP, EVENT_KIND_LABEL, REMEDY_KIND_LABEL, REMEDY_STATUS_LABEL };
	it.each(Object.entries(tables))('%s names every member in both languages', (_, table) => {
		const empty = Object.entries(table as Record<string, Record<string, string>>).filter(([, l]) => !l['ko']?.trim() || !l['en']?.trim());
		expect(empty.map(([k]) => k)).toEqual([]);
	});

	it('leave only the exact qualifier without a prefix', () => {
		const bare = Object.entries(QUALIFIER_PREFIX).filter(([, p]) => p.ko === '' || p.en === '').map(([k]) => k);
		expect(bare).toEqual(['exact']);
	});

	it('give every counted unit a word in both languages', () => {
		const missing = Object.entries(UNIT_WORDS).filter(([u, w]) => u !== 'count' && (!w.ko || !w.en[0] || !w.en[1]));
		expect(missing.map(([u]) => u)).toEqual([]);
	});
});

/**
 * Files whose locale branches are grammar, not UI text: how a number, an amount or a date is written
 * (원 after the digits and ₩ before them, 만/억/조, the month style), and which locale is "the other
 * one". Every other file under src/ takes its words from a message table.
 */
const GRAMMAR_FILES = new Set([
	'src/charts/benchmarks/format.ts',
	'src/i18n/paths.ts',
	'src/lib/format/formatDate.ts',
	'src/lib/format/formatNumber.ts',
]);

/** Every TypeScript and Astro file under src/, as a path from the project root. */
const SOURCE_FILES = readdirSync(new URL('src/', root), { recursive: true, encoding: 'utf8' })
	.filter((f) => /\.(ts|astro)$/.test(f))
	.map((f) => `src/${f.split(sep).join('/')}`)
	.sort();
const TRANSLATED_FILES = SOURCE_FILES.filter((f) => !GRAMMAR_FILES.has(f));

/** Every match of `pattern` in `files`, as `file:line: the line`, for a failure a reader can act on. */
function matchesIn(files: readonly string[], pattern: RegExp): string[] {
	return files.flatMap((file) => {
		const source = readFileSync(new URL(file, root), 'utf8');
		return [...source.matchAll(pattern)].map((m) => {
			const line = source.slice(0, m.index).split('\n').length;
			return `${file}:${line}: ${source.split('\n')[line - 1]!.trim()}`;
		});
	});
}

/** `locale === 'ko' ? …`, an alias such as `ko ? …`, `[ko ? 0 : 1]`, or an `L(…)` helper call. */
const INLINE_CHOICE = /\b(?:locale|lang|l)\s*===?\s*['"]ko['"]\s*\?|\b(?:ko|isKo)\s*\?|(?:^|[^\w.])L\(/gm;

describe('inline locale choices', () => {
	it(`are found in none of the ${TRANSLATED_FILES.length} source files outside the grammar files`, () => {
		const found = matchesIn(TRANSLATED_FILES, INLINE_CHOICE);
		expect(TRANSLATED_FILES).toContain('src/pages/[...lang]/index.astro');
		expect(found).toEqual([]);
	});

	it('are recognised in every form the files used to have', () => {
		const before = [
			"{locale === 'ko' ? '사이트' : 'Site'}",
			"{ko ? '값' : 'Value'}",
			"{STATUS[r.status]![ko ? 0 : 1]}",
			"{L('짧은 답', 'The short answer')}",
			"const L = (k: string, e: string) => (ko ? k : e);",
		];
		expect(before.map((s) => s.match(INLINE_CHOICE)?.length ?? 0)).toEqual([1, 1, 1, 1, 1]);
	});
});

/**
 * Chart files allowed to hold `{ ko: '…', en: '…' }` literals: tables keyed by the members of a closed
 * set (typed `Record<Member, { ko, en }>`, so a new member without a name fails the type check) that
 * pages read directly. Every other chart takes its words from its messages.ts.
 */
const CLOSED_SET_TABLES = new Set([
	// remedy types, groups, statuses and affected units of the benchmark cases
	'src/charts/benchmarks/labels.ts',
]);

const CHART_FILES = SOURCE_FILES.filter((f) => f.startsWith('src/charts/') && !f.endsWith('/messages.ts'));

/** A Korean text written inline: `ko: '…'`, `ko: "…"` or a template. An empty pair (`ko: ''`) holds no words. */
const BILINGUAL_LITERAL = /\bko:\s*(['"`])(?!\1)/g;

describe('bilingual literals in charts', () => {
	it(`are found in none of the ${CHART_FILES.length} chart files but messages.ts and the closed-set tables`, () => {
		const found = matchesIn(CHART_FILES.filter((f) => !CLOSED_SET_TABLES.has(f)), BILINGUAL_LITERAL);
		expect(CHART_FILES).toContain('src/charts/scale/index.ts');
		expect(found).toEqual([]);
	});

	it('are still in every listed closed-set table, so the list does not outlive them', () => {
		const stale = [...CLOSED_SET_TABLES].filter((f) => !CHART_FILES.includes(f) || readFileSync(new URL(f, root), 'utf8').search(BILINGUAL_LITERAL) === -1);
		expect(stale).toEqual([]);
	});

	it('are recognised in every form, and an empty pair is not', () => {
		const forms = ["label: { ko: '사고', en: 'Incident' }", 'label: { ko: "사고", en: "Incident" }', 'label: { ko: `${what}(달러)`, en: `${what} (US$)` }', "description: { ko: '', en: '' }"];
		expect(forms.map((s) => s.match(BILINGUAL_LITERAL)?.length ?? 0)).toEqual([1, 1, 1, 0]);
	});
});
