// Ships to the browser: `{name}` placeholders filled, shared by every message lookup.
import { withParticle } from './particle.ts';

/**
 * `{name}` or, in Korean, `{name:은/는}` — a value followed by the particle that fits its last
 * syllable (after a consonant / after a vowel), so the grammar stays in the Korean message and the
 * code passes the bare word in either language.
 */
const PLACEHOLDER = /\{(\w+)(?::([^/{}]+)\/([^/{}]+))?\}/g;

/**
 * `message` with each placeholder replaced by `values[name]`. A value missing at run time throws
 * rather than print `{name}`; `key` and `locale` only name the message in that error.
 */
export function fillPlaceholders(message: string, values: Readonly<Record<string, string | number>>, key: string, locale: string): string {
	return message.replace(PLACEHOLDER, (_, name: string, afterConsonant?: string, afterVowel?: string) => {
		const value = values[name];
		if (value === undefined) throw new Error(`message "${key}" (${locale}) needs a value for {${name}}`);
		return afterConsonant && afterVowel ? withParticle(String(value), afterConsonant, afterVowel) : String(value);
	});
}

/** The placeholder names a message uses, sorted, each once: `{fruit:은/는} {n}` → `['fruit', 'n']`. */
export function placeholderNames(message: string): string[] {
	return [...new Set([...message.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}
