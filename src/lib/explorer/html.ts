// Ships to the browser: escaping for the explorer's HTML renderers (page and island share them).
import type { Locale } from '../format/locale.ts';
import { explorerText } from './explorerText.ts';

/** The five characters `esc` replaces, and the reference it writes for each (patchText reads them back). */
export const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values. */
export function esc(value: string | number): string {
	return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A source as the explorer links it: trimmed to what a link needs. */
export interface SourceLink {
	publisher: string;
	title: string;
	url: string;
	published: string;
}

/** `[Publisher, Publisher]` with each a link, like the SourceLinks component. */
export function sourceLinks(ids: readonly string[], sources: Readonly<Record<string, SourceLink>>, locale: Locale): string {
	const found = ids.map((id) => sources[id]).filter((s): s is SourceLink => s !== undefined);
	if (found.length === 0) return '';
	const label = explorerText(locale, 'explorer.source');
	const links = found.map(
		(s) => `<a href="${esc(s.url)}" rel="external noopener noreferrer" title="${esc(`${label}: ${s.publisher}, ${s.title} (${s.published})`)}">${esc(s.publisher)}</a>`,
	);
	return `<span class="src">[${links.join(', ')}]</span>`;
}
