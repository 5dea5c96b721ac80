// Ships to the browser: the Korean particle that follows a word, used by message placeholders.

/**
 * `word` with the Korean particle that fits its last syllable: withParticle('요금 할인', '은', '는')
 * → '요금 할인은'. A word that does not end in Hangul gets both forms, as newsrooms write it: '은(는)'.
 */
export function withParticle(word: string, afterConsonant: string, afterVowel: string): string {
	const code = word.charCodeAt(word.length - 1) - 0xac00;
	if (code < 0 || code > 11171) return `${word}${afterConsonant}(${afterVowel})`;
	return word + (code % 28 === 0 ? afterVowel : afterConsonant);
}
