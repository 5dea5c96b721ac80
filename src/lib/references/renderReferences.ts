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

export function renderCitation(citations: readonly Citation[], locale: Locale): string {
	// One hidden word per citation ("Sources"), not a label per link: the overview must fit in TCP's
	// first round trip (README, Performance), and the number leads to the full entry.
	const links = citations.map(({ n }) => `<a href="#ref-${n}">${n}</a>`);
	return `<sup class="ref"><span class="visually-hidden">${esc(t(locale, 'references.citationPrefix'))} </span>[${links.join(', ')}]</sup>`;
}

export function renderReferenceList(ids: readonly string[], sourceById: ReadonlyMap<string, Source>, locale: Locale): string {
	const items = ids.map((id, i) => {
		const s = sourceById.get(id);
		if (!s) throw new Error(`reference list: unknown source id "${id}"`);
		const date = s.dateShown ? s.published : `${s.published}${t(locale, 'sources.dateInferred')}`;
		const note = s.note ? ` <span class="muted">— ${esc(s.note[locale])}</span>` : '';
		return `<li id="ref-${i + 1}" data-source="${esc(id)}">${esc(publisherOf(s, locale))}, <a href="${esc(s.url)}" rel="external noopener noreferrer" hreflang="${s.language}">${esc(s.title)}</a>, ${esc(date)} · <span class="src-kind">${esc(SOURCE_KIND_LABEL[s.kind][locale])}</span>${note}</li>`;
	});
	return `<section class="references" aria-labelledby="references-heading"><h2 id="references-heading">${esc(t(locale, 'references.heading'))}</h2><ol>${items.join('')}</ol></section>`;
}
