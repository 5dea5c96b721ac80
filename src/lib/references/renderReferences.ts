/**
 * The markup of a page's citations and reference list: a citation is a bracketed list of numbers,
 * each a link to its entry; an entry names the publisher, the title (the outbound link), the date and
 * the kind of source, so a reader can weigh it without leaving the page.
 */
import { t } from '../../i18n/t.ts';
import { SOURCE_KIND_LABEL } from '../../i18n/sourceKinds.ts';
import type { Locale } from '../format/locale.ts';
import type { Source } from '../../schemas/source.ts';
import type { Citation } from './numberCitations.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const publisherOf = (s: Source, locale: Locale) => s.publisherName?.[locale] ?? s.publisher;

const REFERENCES_HEADING_ID = 'references-heading';

export function renderCitation(citations: readonly Citation[]): string {
	// A screen reader hears the number and, as its description, the reference list's heading
	// ("12, link, References"). No per-link label and no extra element: the overview must fit in TCP's
	// first round trip and the long pages stay light (README, Performance).
	const links = citations.map(({ n }) => `<a href="#ref-${n}" aria-describedby="${REFERENCES_HEADING_ID}">${n}</a>`);
	return `<sup class="ref">[${links.join(', ')}]</sup>`;
}

export function renderReferenceList(ids: readonly string[], sourceById: ReadonlyMap<string, Source>, locale: Locale): string {
	const items = ids.map((id, i) => {
		const s = sourceById.get(id);
		if (!s) throw new Error(`reference list: unknown source id "${id}"`);
		const date = s.dateShown ? s.published : `${s.published}${t(locale, 'sources.dateInferred')}`;
		const note = s.note ? ` <span class="muted">— ${esc(s.note[locale])}</span>` : '';
		return `<li id="ref-${i + 1}">${esc(publisherOf(s, locale))}, <a href="${esc(s.url)}" rel="external noopener noreferrer" hreflang="${s.language}">${esc(s.title)}</a>, ${esc(date)} · <span class="src-kind">${esc(SOURCE_KIND_LABEL[s.kind][locale])}</span>${note}</li>`;
	});
	return `<section class="references" aria-labelledby="${REFERENCES_HEADING_ID}"><h2 id="${REFERENCES_HEADING_ID}">${esc(t(locale, 'references.heading'))}</h2><ol>${items.join('')}</ol></section>`;
}
