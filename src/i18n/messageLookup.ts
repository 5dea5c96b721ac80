// Ships to the browser: one lookup per message table, shared by t(), the explorer and each chart's text.
import type { Locale } from '../lib/format/locale.ts';
import { fillPlaceholders } from './fillPlaceholders.ts';

/** The placeholder names in a message, e.g. `'n' | 'name'` for `'{name:은/는} {n}'` (see fillPlaceholders). */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
	? (Name extends `${infer Bare}:${string}` ? Bare : Name) | Placeholders<Rest>
	: never;

/** What every other locale's table must be: exactly the Korean table's keys, each a string. */
export type MessagesOf<T> = { readonly [K in keyof T]: string };

/** No third argument for a message without placeholders; otherwise a value for every one of them. */
export type Vars<T extends Readonly<Record<string, string>>, K extends keyof T> = [Placeholders<T[K]>] extends [never]
	? []
	: [vars: Readonly<Record<Placeholders<T[K]>, string | number>>];

/** The keys of a table whose messages take no placeholders. */
export type PlainKey<T extends Readonly<Record<string, string>>> = { [K in keyof T]: [Placeholders<T[K]>] extends [never] ? K : never }[keyof T];

export type Lookup<T extends Readonly<Record<string, string>>> = <K extends keyof T & string>(locale: Locale, key: K, ...vars: Vars<T, K>) => string;

/**
 * A typed lookup over a Korean table (the source of the keys, declared `as const` so that its
 * placeholders are known to the type checker) and its English twin. The placeholders are read from
 * the Korean message, so forgetting a value fails the type check; a value missing at run time (an
 * English message naming a placeholder the Korean one lacks) throws rather than print `{name}`.
 * Tables that ship to the browser (the explorer's, each chart's) get their own lookup so an island
 * carries only the text it shows; i18n/ko.ts and en.ts spread them in, so every UI string of the
 * site is still listed in one file per locale.
 */
export function messageLookup<T extends Readonly<Record<string, string>>>(ko: T, en: MessagesOf<T>): Lookup<T> {
	const tables: Readonly<Record<Locale, Readonly<Record<string, string>>>> = { ko, en };
	return ((locale: Locale, key: string, vars?: Readonly<Record<string, string | number>>) =>
		fillPlaceholders(tables[locale][key]!, vars ?? {}, key, locale)) as Lookup<T>;
}
