// Ships to the browser: small grammar helpers for takeaways and descriptions generated from data.
import type { ChartContext } from './types.ts';

type Locale = ChartContext['locale'];

/** English lists through Intl; its en-GB pattern is the site's style, no serial comma (en-US adds one). */
const ENGLISH_LIST = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/**
 * `a, b and c` / `a·b·c`; lists longer than `max` + 1 end with "and N more" / "외 N종". Korean
 * runs nouns together with the middle dot as Korean captions do; Intl's ko-KR pattern (`a, b 및 c`)
 * is a formal register the site's Korean does not use.
 */
export function joinList(items: readonly string[], locale: Locale, max = Infinity): string {
	// "and 1 more" takes as much room as the item itself, so show it instead.
	const shown = items.length > max + 1 ? items.slice(0, max) : items;
	const rest = items.length - shown.length;
	if (locale === 'ko') return shown.join('·') + (rest > 0 ? ` 외 ${rest}종` : '');
	return ENGLISH_LIST.format(rest > 0 ? [...shown, `${rest} more`] : shown);
}

/**
 * Phrases that carry their own figures ("SKT 8,926억–1조4,580억원"): Korean separates them with
 * commas, since a middle dot between figures reads as part of them; English lists them as joinList does.
 */
export function joinPhrases(items: readonly string[], locale: Locale): string {
	if (locale === 'ko') return items.join(', ');
	return joinList(items, locale);
}

/**
 * English kind labels start upper-case ("Bill discount"); mid-sentence they read lower-case. Acronyms
 * ("SKT …") and names whose next word is capitalised too ("Network Act fine") keep their capital.
 */
export function lowerFirst(label: string): string {
	return /^[A-Z][a-z]/.test(label) && !/^[A-Z][a-z]*[ -][A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** A label as it reads mid-sentence: English lowers its first word (lowerFirst); Korean has no case, and a Latin brand name opening a Korean label keeps its capital. */
export function inSentence(label: string, locale: Locale): string {
	if (locale === 'ko') return label;
	return lowerFirst(label);
}

/** A sentence opens upper-case; Hangul has no case, so only one opening with a lower-case Latin letter changes. */
export function upperFirst(sentence: string): string {
	return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
