// Ships to the browser: number formatting (src/lib/format) reads these words in the explorer too.
/** The word for each unit of the closed set in src/schemas/common.ts, per locale. */
import type { Locale } from '../lib/format/locale.ts';
import type { Unit } from '../schemas/common.ts';

/** Unit words. Korean counters attach to the number; English words follow it. */
export const UNIT_WORDS: Record<Unit, { ko: string; en: [string, string] }> = {
	records: { ko: '건', en: ['record', 'records'] },
	people: { ko: '명', en: ['person', 'people'] },
	lines: { ko: '회선', en: ['line', 'lines'] },
	accounts: { ko: '계정', en: ['account', 'accounts'] },
	subscribers: { ko: '명', en: ['subscriber', 'subscribers'] },
	payments: { ko: '건', en: ['payment', 'payments'] },
	servers: { ko: '대', en: ['server', 'servers'] },
	'malware-strains': { ko: '종', en: ['malware strain', 'malware strains'] },
	'device-ids': { ko: '개', en: ['device ID', 'device IDs'] },
	'usim-cards': { ko: '개', en: ['USIM', 'USIMs'] },
	'information-categories': { ko: '종', en: ['category', 'categories'] },
	krw: { ko: '원', en: ['won', 'won'] },
	'krw-per-month': { ko: '원/월', en: ['won a month', 'won a month'] },
	'krw-per-person': { ko: '원/명', en: ['won per person', 'won per person'] },
	'krw-per-usd': { ko: '원/달러', en: ['won per dollar', 'won per dollar'] },
	percent: { ko: '%', en: ['%', '%'] },
	gb: { ko: 'GB', en: ['GB', 'GB'] },
	'gb-per-month': { ko: 'GB/월', en: ['GB a month', 'GB a month'] },
	days: { ko: '일', en: ['day', 'days'] },
	months: { ko: '개월', en: ['month', 'months'] },
	years: { ko: '년', en: ['year', 'years'] },
	// An age: 65세 / 65 years of age (a duration would read 65년).
	'years-of-age': { ko: '세', en: ['year of age', 'years of age'] },
	count: { ko: '', en: ['', ''] },
};

/** The unit's word for a count: the Korean counter, or the English singular for 1 and plural otherwise. */
export function unitWord(unit: Unit, locale: Locale, count = 2): string {
	const words = UNIT_WORDS[unit];
	if (locale === 'ko') return words.ko;
	return count === 1 ? words.en[0] : words.en[1];
}
