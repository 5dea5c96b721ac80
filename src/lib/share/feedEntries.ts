/**
 * What the site's Atom feed announces: every correction to a published figure, and the current data
 * release (its content version and the newest date any figure describes), newest first.
 */
import type { Dataset } from '../data/loadDataset.ts';
import type { Locale } from '../format/locale.ts';
import { localePath } from '../../i18n/paths.ts';
import { t } from '../../i18n/t.ts';
import { formatCorrectionValue } from '../format/formatCorrectionValue.ts';

export interface FeedEntry {
	/** Stable across builds while the thing it announces is unchanged (a tag: URI is built from it). */
	key: string;
	/** Full ISO date-time. */
	updated: string;
	title: string;
	summary: string;
	/** Root-relative path of the page that shows it, in the feed's language. */
	path: string;
}

/** A partial date (`2025`, `2025-05`, `2025-05-12`) as the first instant it can mean, in UTC. */
export function isoInstant(partial: string): string {
	const [year, month = '01', day = '01'] = partial.split('-');
	return `${year}-${month}-${day}T00:00:00Z`;
}

/** The newest date any incident figure describes: how current the data is. */
export function latestDataDate(data: Pick<Dataset, 'incidents'>): string {
	const dates = data.incidents.flatMap((i) => i.figures.map((f) => isoInstant(String(f.asOf))));
	return dates.reduce((a, b) => (b > a ? b : a), '1970-01-01T00:00:00Z');
}

export function feedEntries(data: Pick<Dataset, 'incidents' | 'corrections'>, version: string, locale: Locale): FeedEntry[] {
	const latest = latestDataDate(data);
	const release: FeedEntry = {
		key: `data-${version}`,
		updated: latest,
		title: t(locale, 'share.feedDataTitle', { version }),
		summary: t(locale, 'share.feedDataSummary', { version, date: latest.slice(0, 10) }),
		path: localePath(locale, '/data/'),
	};
	const corrections = data.corrections.map(
		(c): FeedEntry => ({
			key: `correction-${c.id}`,
			updated: isoInstant(c.date),
			title: t(locale, 'share.feedCorrectionTitle', { target: c.target }),
			summary: t(locale, 'share.feedCorrectionSummary', { old: formatCorrectionValue(c.oldValue, locale), new: formatCorrectionValue(c.newValue, locale), reason: c.reason[locale] }),
			path: localePath(locale, '/corrections/'),
		}),
	);
	return [release, ...corrections].sort((a, b) => b.updated.localeCompare(a.updated));
}
