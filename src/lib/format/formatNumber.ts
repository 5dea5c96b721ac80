// Ships to the browser: shared by build-time pages and the model explorer island.
/**
 * Locale-aware number formatting. Korean uses 만/억/조 (2,696만건, 1조원); English uses
 * words (26.96 million records, ₩1 trillion). Exact values stay available via `formatExact`.
 */
import type { Unit } from '../../schemas/common.ts';
import { UNIT_WORDS, unitWord } from '../../i18n/unitWords.ts';
import { INTL_LOCALE, type Locale } from './locale.ts';

// Re-exported so callers that format units keep one import; the table itself lives with the other labels.
export { UNIT_WORDS };

const cache = new Map<string, Intl.NumberFormat>();
function nf(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = locale + JSON.stringify(options);
	let f = cache.get(key);
	if (!f) {
		f = new Intl.NumberFormat(INTL_LOCALE[locale], options);
		cache.set(key, f);
	}
	return f;
}

/** Counts at or above this are shown in compact form (2,696만 / 26.96 million). */
const COMPACT_FROM = 1_000_000;

/** Full digits with grouping: 26,957,749. */
export function formatExact(value: number, locale: Locale, maximumFractionDigits = 2): string {
	return nf(locale, { maximumFractionDigits }).format(value);
}

/** A plain number, compact when large: 2,696만 / 26.96 million / 22,227. */
export function formatCompact(value: number, locale: Locale): string {
	if (Math.abs(value) < COMPACT_FROM) return formatExact(value, locale, Math.abs(value) < 100 ? 2 : 0);
	// useGrouping 'always' is what turns 2696만 into 2,696만 in ko-KR.
	return locale === 'ko'
		? nf(locale, { notation: 'compact', useGrouping: 'always', maximumSignificantDigits: 4 }).format(value)
		: nf(locale, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 4 }).format(value);
}

const KO_GROUPS: readonly [number, string][] = [
	[1e12, '조'],
	[1e8, '억'],
	[1e4, '만'],
];

/**
 * Korean won the way Korean newsrooms write it: the two largest 조/억/만 groups, rounded below.
 * 1,000,000,000,000 → 1조원; 134,791,000,000 → 1,347억9,100만원; 243,190,000 → 2억4,319만원.
 * Hand-written because Intl cannot: its compact ko-KR notation keeps one group with decimals
 * (1347.91억, 2.4319억), which is not how amounts are written in Korean.
 */
function formatKrwKo(value: number): string {
	const sign = value < 0 ? '-' : '';
	const abs = Math.abs(value);
	if (abs < 1e4) return `${sign}${formatExact(Math.round(abs), 'ko', 0)}원`;
	const top = KO_GROUPS.findIndex(([size]) => abs >= size);
	const [topSize, topName] = KO_GROUPS[top]!;
	const lower = KO_GROUPS[top + 1];
	// Round the whole amount to the lower group first, so 199,999,999 becomes 2억 rather than 1억10,000만.
	const step = lower ? lower[0] : topSize;
	const rounded = Math.round(abs / step) * step;
	const topN = Math.floor(rounded / topSize);
	const lowN = lower ? Math.round((rounded - topN * topSize) / lower[0]) : 0;
	const low = lower && lowN > 0 ? `${formatExact(lowN, 'ko', 0)}${lower[1]}` : '';
	return `${sign}${formatExact(topN, 'ko', 0)}${topName}${low}원`;
}

/**
 * A modelled amount in won, rounded as far as an estimate can be trusted: to the 억 from 100억
 * (472억원, 1조2,455억원), else to four significant digits (3,681만원; 48,840원; ₩194.3 billion).
 */
export function formatKrwApprox(value: number, locale: Locale): string {
	const abs = Math.abs(value);
	if (locale === 'ko' && abs >= 1e10) return formatKrw(Math.round(value / 1e8) * 1e8, locale);
	// Below 100만 the Korean form would round to the 만 (48,835 → 5만원); write the digits instead.
	if (locale === 'ko' && abs < 1e6) return `${formatExact(roundSig(value), locale, 0)}원`;
	return formatKrw(abs >= 1e12 ? value : roundSig(value), locale);
}

/** `value` rounded to four significant digits. */
function roundSig(value: number): number {
	if (value === 0 || !Number.isFinite(value)) return value;
	const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 3);
	return Math.round(value / magnitude) * magnitude;
}

/** Korean won for the locale: 1조원 / ₩1 trillion; 2억4,319만원 / ₩243.2 million. */
export function formatKrw(value: number, locale: Locale): string {
	if (locale === 'ko') return formatKrwKo(value);
	const sign = value < 0 ? '-' : '';
	const abs = Math.abs(value);
	if (abs < COMPACT_FROM) return `${sign}₩${formatExact(Math.round(abs), 'en', 0)}`;
	return `${sign}₩${nf('en', { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 4 }).format(abs)}`;
}

/** Won with every digit (up to `maximumFractionDigits` decimals), for a unit price: 29,202원 / ₩29,202. */
export function formatKrwDigits(value: number, locale: Locale, maximumFractionDigits = 2): string {
	const digits = formatExact(value, locale, maximumFractionDigits);
	return locale === 'ko' ? `${digits}원` : `₩${digits}`;
}

/** US dollars: $94.78 million / 9,478만 달러. */
export function formatUsd(value: number, locale: Locale): string {
	if (locale === 'ko') return `${formatCompact(Math.round(value), 'ko')} 달러`;
	const abs = Math.abs(value);
	const body =
		abs < COMPACT_FROM
			? formatExact(Math.round(abs), 'en', 0)
			: nf('en', { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 4 }).format(abs);
	return `${value < 0 ? '-' : ''}$${body}`;
}

/** A value with its unit, in the locale's words: 2,696만건 / 26.96 million records / 1조원 / ₩1 trillion. */
export function formatValue(value: number, unit: Unit, locale: Locale): string {
	switch (unit) {
		case 'krw':
			return formatKrw(value, locale);
		case 'percent':
			return `${formatExact(value, locale, 1)}%`;
		case 'krw-per-month':
		case 'krw-per-person':
			return locale === 'ko'
				? `${formatExact(value, 'ko', 0)}${UNIT_WORDS[unit].ko}`
				: `₩${formatExact(value, 'en', 0)} ${unit === 'krw-per-month' ? 'a month' : 'per person'}`;
		case 'gb':
		case 'gb-per-month':
			return `${formatExact(value, locale, 2)} ${unitWord(unit, locale)}`;
		default: {
			const n = formatCompact(value, locale);
			if (locale === 'ko') return `${n}${UNIT_WORDS[unit].ko}`;
			const [one, many] = UNIT_WORDS[unit].en;
			const word = value === 1 ? one : many;
			return word ? `${n} ${word}` : n;
		}
	}
}
