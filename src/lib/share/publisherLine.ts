/**
 * The one-line source under a compact chart: the publishers behind its source ids, each named once,
 * the first two spelled out and the rest counted ("이데일리, Chosun Biz and 10 more"), so a reading
 * page credits every outlet without printing a list of 150 names.
 */
import { t } from '../../i18n/t.ts';
import type { Locale } from '../format/locale.ts';

/** How many publishers are named before the rest are counted. */
export const NAMED_PUBLISHERS = 2;

/** Publishers in order of first citation, each once. */
export function distinctPublishers(ids: readonly string[], publisherOf: (id: string) => string): string[] {
	return [...new Set(ids.map(publisherOf))];
}

/** "A", "A, B" or "A, B and N more" in the reader's language. */
export function publisherLine(publishers: readonly string[], locale: Locale): string {
	const named = publishers.slice(0, NAMED_PUBLISHERS).join(t(locale, 'share.listSeparator'));
	const rest = publishers.length - NAMED_PUBLISHERS;
	return rest > 0 ? t(locale, 'share.andMore', { named, n: rest }) : named;
}
