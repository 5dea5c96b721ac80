/** The one lookup for UI text: a message by key for a locale, with its `{name}` placeholders filled. */
import type { Locale } from '../lib/format/locale.ts';
import { en } from './en.ts';
import { fillPlaceholders } from './fillPlaceholders.ts';
import { ko, type MessageKey, type Messages } from './ko.ts';

const MESSAGES: Readonly<Record<Locale, Messages>> = { ko, en };

/** The placeholder names in a message, e.g. `'n' | 'name'` for `'{name}: {n}'`. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** No third argument for a message without placeholders; otherwise a value for every one of them. */
type Vars<K extends MessageKey> = [Placeholders<(typeof ko)[K]>] extends [never]
	? []
	: [vars: Readonly<Record<Placeholders<(typeof ko)[K]>, string | number>>];

/**
 * `t('ko', 'overview.overYears', { n: 5 })` → `5년간`. The placeholders are read from the Korean
 * message, so forgetting a value fails the type check; a value missing at run time (an English
 * message naming a placeholder the Korean one lacks) stops the build rather than print `{name}`.
 */
export function t<K extends MessageKey>(locale: Locale, key: K, ...[vars]: Vars<K>): string {
	return fillPlaceholders(MESSAGES[locale][key], vars ?? {}, key, locale);
}
