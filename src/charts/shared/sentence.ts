// Ships to the browser: small grammar helpers for takeaways and descriptions generated from data.
import type { ChartContext } from './types.ts';

type Locale = ChartContext['locale'];

/** `a, b and c` / `a·b·c`; lists longer than `max` + 1 end with "and N more" / "외 N종". */
export function joinList(items: readonly string[], locale: Locale, max = Infinity): string {
	// "and 1 more" takes as much room as the item itself, so show it instead.
	const shown = items.length > max + 1 ? items.slice(0, max) : items;
	const rest = items.length - shown.length;
	if (locale === 'ko') return shown.join('·') + (rest > 0 ? ` 외 ${rest}종` : '');
	const all = rest > 0 ? [...shown, `${rest} more`] : shown;
	return all.length <= 1 ? (all[0] ?? '') : `${all.slice(0, -1).join(', ')} and ${all.at(-1)}`;
}

/**
 * `word` with the Korean particle that fits its last syllable: withParticle('요금 할인', '은', '는')
 * → '요금 할인은'. A word that does not end in Hangul gets both forms, as newsrooms write it: '은(는)'.
 */
export function withParticle(word: string, afterConsonant: string, afterVowel: string): string {
	const code = word.charCodeAt(word.length - 1) - 0xac00;
	if (code < 0 || code > 11171) return `${word}${afterConsonant}(${afterVowel})`;
	return word + (code % 28 === 0 ? afterVowel : afterConsonant);
}

/** English kind labels start upper-case ("Bill discount"); mid-sentence they read lower-case, acronyms kept. */
export function lowerFirst(label: string): string {
	return /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}
