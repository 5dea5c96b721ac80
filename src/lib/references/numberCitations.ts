/**
 * Citations as references, the way an encyclopedia prints them: every figure on a reading page cites
 * its sources with a short marker, and one list at the foot of the page holds each source once, with
 * publisher, title, date and the outbound link. Components emit an empty marker
 * (`<span class="src" data-sources="id1 id2"></span>`); this pass, run over each finished page,
 * numbers the sources in order of first citation, turns each marker into numbered links and fills the
 * page's reference-list placeholder (`<div data-references></div>`).
 */

/** A marker as SourceLinks writes it. The ids are source ids (no spaces, no quotes). */
const MARKER = /<span class="src" data-sources="([^"]*)"><\/span>/g;
export const REFERENCES_PLACEHOLDER = '<div data-references></div>';

export interface Citation {
	id: string;
	/** 1-based position in the page's reference list. */
	n: number;
}

export interface NumberedPage {
	html: string;
	/** Source ids in reference-list order (order of first citation). */
	cited: string[];
}

/** Replaces every marker with `cite(citations)`; sources keep one number per page. */
export function numberCitations(html: string, cite: (citations: readonly Citation[]) => string): NumberedPage {
	const numbers = new Map<string, number>();
	const out = html.replace(MARKER, (_, ids: string) => {
		const citations = ids
			.split(' ')
			.filter(Boolean)
			.map((id) => {
				let n = numbers.get(id);
				if (n === undefined) numbers.set(id, (n = numbers.size + 1));
				return { id, n };
			});
		return citations.length === 0 ? '' : cite(citations);
	});
	return { html: out, cited: [...numbers.keys()] };
}

/**
 * Puts the reference list where the page's placeholder is. A page that cites a source but has no
 * placeholder is a build error: its citations would point nowhere.
 */
export function insertReferenceList(html: string, list: string, cited: readonly string[], page: string): string {
	const at = html.indexOf(REFERENCES_PLACEHOLDER);
	if (at < 0) {
		if (cited.length > 0) throw new Error(`${page}: cites ${cited.length} source(s) but has no reference list (${REFERENCES_PLACEHOLDER})`);
		return html;
	}
	return html.slice(0, at) + (cited.length > 0 ? list : '') + html.slice(at + REFERENCES_PLACEHOLDER.length);
}
