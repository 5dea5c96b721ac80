/**
 * Runs over every page as it is built (all pages are prerendered): turns the citation markers that
 * SourceLinks writes into numbered references and fills the page's reference list, so a source is
 * listed once per page however many figures cite it (src/lib/references), and narrows the page's
 * Content-Security-Policy to the scripts and styles the page carries (src/lib/csp).
 */
import { defineMiddleware } from 'astro:middleware';
import { narrowPagePolicy } from './lib/csp/pagePolicy.ts';
import { getDataset } from './lib/data/getDataset.ts';
import { insertReferenceList, numberCitations } from './lib/references/numberCitations.ts';
import { renderCitation, renderReferenceList } from './lib/references/renderReferences.ts';
import { localeOfPath } from './i18n/paths.ts';

export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	const locale = localeOfPath(context.url.pathname);
	const { sourceById } = getDataset();
	const numbered = numberCitations(await response.text(), (citations) => renderCitation(citations));
	const html = insertReferenceList(numbered.html, renderReferenceList(numbered.cited, sourceById, locale), numbered.cited, context.url.pathname);
	return new Response(narrowPagePolicy(html), { status: response.status, headers: response.headers });
});
