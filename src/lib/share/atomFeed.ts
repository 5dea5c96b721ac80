/** Serialises feed entries as an Atom 1.0 document (RFC 4287): every URL absolute, every id stable. */
import type { FeedEntry } from './feedEntries.ts';

export interface AtomFeedHead {
	title: string;
	subtitle: string;
	/** Absolute URL of the feed itself (rel="self"). */
	selfUrl: string;
	/** Absolute URL of the page the feed belongs to. */
	siteUrl: string;
	language: string;
}

const escapeXml = (s: string) =>
	s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** A tag: URI (RFC 4151) from the site's host, so entry ids survive a change of scheme or path. */
export function tagUri(siteUrl: string, key: string): string {
	return `tag:${new URL(siteUrl).hostname},2025:${key}`;
}

export function atomFeed(head: AtomFeedHead, entries: readonly FeedEntry[]): string {
	// Atom requires a feed-level <updated>: the newest entry's, or the epoch for an empty feed.
	const updated = entries.reduce((a, e) => (e.updated > a ? e.updated : a), '1970-01-01T00:00:00Z');
	const items = entries.map(
		(e) =>
			`<entry><id>${escapeXml(tagUri(head.siteUrl, e.key))}</id><updated>${e.updated}</updated>` +
			`<title>${escapeXml(e.title)}</title><summary>${escapeXml(e.summary)}</summary>` +
			`<link rel="alternate" type="text/html" href="${escapeXml(new URL(e.path, head.siteUrl).href)}"/></entry>`,
	);
	return (
		`<?xml version="1.0" encoding="utf-8"?>\n` +
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(head.language)}">` +
		`<id>${escapeXml(head.selfUrl)}</id><title>${escapeXml(head.title)}</title><subtitle>${escapeXml(head.subtitle)}</subtitle>` +
		`<updated>${updated}</updated><author><name>${escapeXml(head.title)}</name></author>` +
		`<link rel="self" type="application/atom+xml" href="${escapeXml(head.selfUrl)}"/>` +
		`<link rel="alternate" type="text/html" href="${escapeXml(head.siteUrl)}"/>` +
		items.join('') +
		`</feed>\n`
	);
}
