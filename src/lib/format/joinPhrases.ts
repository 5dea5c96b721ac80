// Phrases listed inside a running sentence, in each locale's grammar.
import type { Locale } from './locale.ts';

/** en-GB is the site's English list style: no serial comma. */
const ENGLISH_LIST = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/**
 * `a, b and c` in English; `a, b, c` in Korean, where a sentence lists whole phrases ("SKT 1,000명,
 * KT 2,000명") with commas. Bare nouns run together with a middle dot instead: joinList in
 * src/charts/shared/sentence.ts.
 */
export function joinPhrases(items: readonly string[], locale: Locale): string {
	return locale === 'ko' ? items.join(', ') : ENGLISH_LIST.format(items);
}
