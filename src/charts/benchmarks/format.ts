// Ships to the browser: how the benchmarks chart writes amounts, counts and years.
// Its locale branches are number grammar (원 after the digits, ₩ before them), like src/lib/format,
// so, like that folder, it is not among the translated files of tests/i18n/messages.test.ts.
import type { AffectedUnit } from '../../schemas/benchmark.ts';
import { formatExact, formatKrw, formatKrwDigits } from '../../lib/format/formatNumber.ts';
import { INTL_LOCALE, type Locale } from '../../lib/format/locale.ts';
import { UNIT_WORD } from './labels.ts';

/** A per-unit won amount: small values keep their digits (₩0.41, 21,510원), large ones go compact. */
export function formatKrwPerUnit(v: number, locale: Locale): string {
	if (v >= 1e6) return formatKrw(v, locale);
	const digits = v < 10 ? 2 : v < 100 ? 1 : 0;
	return formatKrwDigits(v, locale, digits);
}

export function formatUsdPerUnit(v: number, locale: Locale): string {
	const digits = v < 100 ? 2 : 0;
	return locale === 'ko' ? `${formatExact(v, 'ko', digits)}달러` : `$${formatExact(v, 'en', digits)}`;
}

/** An amount in its own currency, as stated: 5,000억원 / ₩500 billion / £20 million. */
export function formatMoney(value: number, currency: string, locale: Locale): string {
	if (currency === 'KRW') return value < 1e4 ? formatKrwPerUnit(value, locale) : formatKrw(value, locale);
	const compact = value >= 1e6;
	return new Intl.NumberFormat(INTL_LOCALE[locale], {
		style: 'currency',
		currency,
		...(compact ? { notation: 'compact', compactDisplay: locale === 'ko' ? 'short' : 'long', maximumSignificantDigits: 4 } : { maximumFractionDigits: value < 100 ? 2 : 0 }),
	}).format(value);
}

export function formatCount(value: number, unit: AffectedUnit, locale: Locale): string {
	const n = value >= 1e6 ? new Intl.NumberFormat(INTL_LOCALE[locale], locale === 'ko' ? { notation: 'compact', maximumSignificantDigits: 4 } : { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 4 }).format(value) : formatExact(value, locale, 0);
	return locale === 'ko' ? `${n}${UNIT_WORD[unit].ko}` : `${n} ${UNIT_WORD[unit].en}`;
}

export function formatYears(r: { yearFrom: number; yearTo: number }): string {
	return r.yearFrom === r.yearTo ? String(r.yearFrom) : `${r.yearFrom}–${r.yearTo}`;
}

/** Log-axis tick: only powers of ten are labelled, in won. */
export function logTick(d: number, locale: Locale): string {
	if (!Number.isFinite(d) || d <= 0) return '';
	const log = Math.log10(d);
	if (Math.abs(log - Math.round(log)) > 1e-9) return '';
	return d >= 1e6 ? formatKrw(d, locale) : formatKrwDigits(d, locale, d < 1 ? 6 : 0);
}
