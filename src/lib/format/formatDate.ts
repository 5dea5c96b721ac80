// Dates are ISO in data and localised on pages.
import { INTL_LOCALE, type Locale } from './locale.ts';

/** 2025-04-22 → 2025년 4월 22일 / Apr 22, 2025; YYYY-MM and YYYY are shown at their precision. */
export function formatDate(iso: string, locale: Locale): string {
	const [y, m, d] = iso.split('-').map(Number) as [number, number?, number?];
	const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
	const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
	if (m) options.month = locale === 'ko' ? 'long' : 'short';
	if (d) options.day = 'numeric';
	return new Intl.DateTimeFormat(INTL_LOCALE[locale], options).format(date);
}

/** Whole days from `from` to `to` (ISO dates). */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
