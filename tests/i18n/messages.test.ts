import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeholderNames } from '../../src/i18n/fillPlaceholders.ts';
import { en } from '../../src/i18n/en.ts';
import { ko, type Messages } from '../../src/i18n/ko.ts';
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
 * Files whose UI text must come from src/i18n. Listed by name, not globbed: charts, the model
 * explorer, the model page and the source components still choose text inline and
 * are moved over separately. Left out on purpose: src/i18n/paths.ts (its one ternary picks the other
 * locale, not a string) and the number and date formatters in src/lib/format (formatModelValue
 * aside: its unit words are messages), whose locale branches are grammar (만/억/조, month style), not UI text.
 */
const TRANSLATED_FILES = [
	'src/charts/benchmarks/captions.ts',
	'src/charts/benchmarks/index.ts',
	'src/charts/benchmarks/labels.ts',
	'src/charts/benchmarks/notes.ts',
	'src/charts/benchmarks/plot.ts',
	'src/charts/benchmarks/rows.ts',
	'src/charts/cost-per-person/index.ts',
	'src/charts/cost-per-person/messages.ts',
	'src/charts/cost-per-person/plot.ts',
	'src/charts/cost-per-person/rows.ts',
	'src/charts/cost-per-person/text.ts',
	'src/charts/cost-vs-announced/index.ts',
	'src/charts/cost-vs-announced/messages.ts',
	'src/charts/cost-vs-announced/plot.ts',
	'src/charts/cost-vs-announced/rows.ts',
	'src/charts/cost-vs-announced/text.ts',
	'src/charts/departures/index.ts',
	'src/charts/departures/messages.ts',
	'src/charts/departures/plot.ts',
	'src/charts/departures/rows.ts',
	'src/charts/departures/text.ts',
	'src/charts/explorerCharts.ts',
	'src/charts/financials/index.ts',
	'src/charts/financials/messages.ts',
	'src/charts/financials/plot.ts',
	'src/charts/financials/rows.ts',
	'src/charts/financials/text.ts',
	'src/charts/model-uncertainty/index.ts',
	'src/charts/model-uncertainty/messages.ts',
	'src/charts/model-uncertainty/plot.ts',
	'src/charts/model-uncertainty/rows.ts',
	'src/charts/model-uncertainty/text.ts',
	'src/charts/model-uncertainty/tornado.ts',
	'src/charts/remedy-matrix/captions.ts',
	'src/charts/remedy-matrix/cellText.ts',
	'src/charts/remedy-matrix/index.ts',
	'src/charts/remedy-matrix/plot.ts',
	'src/charts/remedy-matrix/rows.ts',
	'src/charts/scale/captions.ts',
	'src/charts/scale/index.ts',
	'src/charts/scale/plot.ts',
	'src/charts/scale/rows.ts',
	'src/charts/security-investment/index.ts',
	'src/charts/security-investment/messages.ts',
	'src/charts/security-investment/plot.ts',
	'src/charts/security-investment/rows.ts',
	'src/charts/security-investment/text.ts',
	'src/charts/shared/bandLayout.ts',
	'src/charts/shared/chartKey.ts',
	'src/charts/shared/chartSize.ts',
	'src/charts/shared/estimateFormat.ts',
	'src/charts/shared/exportImage.ts',
	'src/charts/shared/incidentLegend.ts',
	'src/charts/shared/labelPlacement.ts',
	'src/charts/shared/messages.ts',
	'src/charts/shared/modelNotes.ts',
	'src/charts/shared/modelRuns.ts',
	'src/charts/shared/normaliseSvg.ts',
	'src/charts/shared/palette.ts',
	'src/charts/shared/quarter.ts',
	'src/charts/shared/render.ts',
	'src/charts/shared/renderLive.ts',
	'src/charts/shared/sentence.ts',
	'src/charts/shared/standalone.ts',
	'src/charts/shared/textFit.ts',
	'src/charts/shared/tickFit.ts',
	'src/charts/shared/toCsv.ts',
	'src/charts/shared/twoWidths.ts',
	'src/charts/shared/types.ts',
	'src/charts/shared/unique.ts',
	'src/charts/shared/unitColumn.ts',
	'src/charts/timeline/captions.ts',
	'src/charts/timeline/index.ts',
	'src/charts/timeline/labels.ts',
	'src/charts/timeline/plot.ts',
	'src/charts/timeline/rows.ts',
	'src/charts/timeline/symbols.ts',
	'src/components/AlternativeValues.astro',
	'src/components/ChartFigure.astro',
	'src/components/ChartTable.astro',
	'src/components/CorrectedBadge.astro',
	'src/components/Figure.astro',
	'src/components/FigureTable.astro',
	'src/components/RemedyCell.astro',
	'src/components/SourceLinks.astro',
	'src/components/SourceList.astro',
	'src/components/StatusAsOf.astro',
	'src/islands/benchmark-filters.ts',
	'src/layouts/Base.astro',
	'src/pages/[...lang]/benchmarks.astro',
	'src/pages/[...lang]/brief.astro',
	'src/pages/[...lang]/corrections.astro',
	'src/pages/[...lang]/data.astro',
	'src/pages/[...lang]/embed/[chart].astro',
	'src/pages/[...lang]/incidents/[id].astro',
	'src/pages/[...lang]/index.astro',
	'src/pages/[...lang]/methodology.astro',
	'src/i18n/labels.ts',
	'src/i18n/nav.ts',
	'src/i18n/qualifiers.ts',
	'src/i18n/remedyKinds.ts',
	'src/i18n/remedyStatus.ts',
	'src/i18n/unitWords.ts',
	'src/lib/format/formatModelValue.ts',
];

/** `locale === 'ko' ? …`, an alias such as `ko ? …`, `[ko ? 0 : 1]`, or an `L(…)` helper call. */
const INLINE_CHOICE = /\b(?:locale|lang|l)\s*===?\s*['"]ko['"]\s*\?|\b(?:ko|isKo)\s*\?|(?:^|[^\w.])L\(/gm;

describe('inline locale choices', () => {
	it.each(TRANSLATED_FILES)('%s has none', (file) => {
		const source = readFileSync(new URL(file, root), 'utf8');
		const found = [...source.matchAll(INLINE_CHOICE)].map((m) => {
			const line = source.slice(0, m.index).split('\n').length;
			return `${file}:${line}: ${source.split('\n')[line - 1]!.trim()}`;
		});
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
