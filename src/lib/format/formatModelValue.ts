// Ships to the browser: cost-model parameter values with their units, per locale.
import type { ModelUnit } from '../../schemas/assumption.ts';
import { formatExact, formatKrw, formatValue } from './formatNumber.ts';
import type { Locale } from './locale.ts';

const PER: Partial<Record<ModelUnit, { ko: string; en: string }>> = {
	'krw-per-month': { ko: '/월', en: ' a month' },
	'krw-per-person': { ko: '/명', en: ' per person' },
	'krw-per-use': { ko: '/회', en: ' per use' },
	'krw-per-gb': { ko: '/GB', en: ' per GB' },
	'krw-per-usim': { ko: '/개', en: ' per USIM' },
	'krw-per-year': { ko: '/년', en: ' a year' },
	'krw-per-line': { ko: '/회선', en: ' per line' },
};

/** 29,202원/월 · ₩29,202 a month; 50% · 50%; 50 GB/월 · 50 GB a month; 2,400만명 · 24 million people. */
export function formatModelValue(value: number, unit: ModelUnit, locale: Locale): string {
	const per = PER[unit];
	if (per) {
		const amount = Math.abs(value) < 1e6 ? (locale === 'ko' ? `${formatExact(value, 'ko')}원` : `₩${formatExact(value, 'en')}`) : formatKrw(value, locale);
		return amount + per[locale];
	}
	switch (unit) {
		case 'krw':
			return formatKrw(value, locale);
		case 'percent':
			return `${formatExact(value, locale, 2)}%`;
		case 'percent-per-year':
			return `${formatExact(value, locale, 2)}%${locale === 'ko' ? '/년' : ' a year'}`;
		case 'gb-per-month':
		case 'months':
		case 'years':
		case 'people':
		case 'lines':
			return formatValue(value, unit, locale);
		default:
			// Every per-unit money unit is handled above through PER.
			return formatKrw(value, locale);
	}
}

/** The unit alone, for input labels: 원/월 · won a month. */
export function modelUnitLabel(unit: ModelUnit, locale: Locale): string {
	const words: Record<ModelUnit, [string, string]> = {
		krw: ['원', 'won'],
		'krw-per-month': ['원/월', 'won a month'],
		'krw-per-person': ['원/명', 'won per person'],
		'krw-per-use': ['원/회', 'won per use'],
		'krw-per-gb': ['원/GB', 'won per GB'],
		'krw-per-usim': ['원/개', 'won per USIM'],
		'krw-per-year': ['원/년', 'won a year'],
		'krw-per-line': ['원/회선', 'won per line'],
		percent: ['%', '%'],
		'percent-per-year': ['%/년', '% a year'],
		'gb-per-month': ['GB/월', 'GB a month'],
		months: ['개월', 'months'],
		years: ['년', 'years'],
		people: ['명', 'people'],
		lines: ['회선', 'lines'],
	};
	return words[unit][locale === 'ko' ? 0 : 1];
}
