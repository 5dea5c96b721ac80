/** What goes before a number stated as approximate or as a bound in its source ("about", "at least"). */
import type { Locale } from '../lib/format/locale.ts';
import type { QUALIFIERS } from '../schemas/common.ts';

export type Qualifier = (typeof QUALIFIERS)[number];

/** An exact figure has no prefix, hence the empty strings. */
export const QUALIFIER_PREFIX: Readonly<Record<Qualifier, Record<Locale, string>>> = {
	exact: { ko: '', en: '' },
	about: { ko: '약 ', en: 'about ' },
	'at-least': { ko: '최소 ', en: 'at least ' },
	'at-most': { ko: '최대 ', en: 'up to ' },
};
