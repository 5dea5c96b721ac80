// Ships to the browser: the Korean particle that follows a word, used by message placeholders.

/**
 * `word` with the Korean particle that fits its last syllable: withParticle('요금 할인', '은', '는')
 * → '요금 할인은'. A word that does not end in Hangul gets both forms, as newsrooms write it: '은(는)'.
 * 으로/로 is the one pair where a final ㄹ takes the vowel form (48개월로) and whose undecided form
 * is written (으)로; the pair may start with a closing quote for a quoted word ('으로/'로).
 */
export function withParticle(word: string, afterConsonant: string, afterVowel: string): string {
	const code = word.charCodeAt(word.length - 1) - 0xac00;
	const ro = afterConsonant.endsWith('으로') && afterVowel === `${afterConsonant.slice(0, -2)}로`;
	if (code < 0 || code > 11171) return ro ? `${word}${afterVowel.slice(0, -1)}(으)로` : `${word}${afterConsonant}(${afterVowel})`;
	const final = code % 28;
	return word + (final === 0 || (ro && final === 8) ? afterVowel : afterConsonant);
}
