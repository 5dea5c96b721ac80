// Ships to the browser: a chart message in both languages at once, for the fields a chart spec keeps per locale.
import type { Locale } from '../../lib/format/locale.ts';
import type { Lookup, Vars } from '../../i18n/messageLookup.ts';

/**
 * `{ ko, en }` for one key of a chart's message table. A data-table column carries its heading in
 * both languages (the CSV and the page pick one later), so its words come from the table through
 * this rather than sit as a literal beside the code. The key's placeholders need values exactly as
 * with the lookup itself; a message without any takes none.
 */
export function inBothLocales<T extends Readonly<Record<string, string>>, K extends keyof T & string>(
	lookup: Lookup<T>,
	key: K,
	...vars: Vars<T, K>
): Record<Locale, string> {
	return { ko: lookup('ko', key, ...vars), en: lookup('en', key, ...vars) };
}
