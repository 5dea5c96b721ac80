/**
 * The HTML a host page pastes to embed a chart, in the style of newsroom embed tools: an iframe with a
 * sensible starting height, then the site's small /embed.js, which grows the iframe to the height the
 * embed page reports. Without the script the iframe still shows the chart at its starting height.
 */

/** A starting height that fits most charts at desktop widths; /embed.js corrects it. */
export const EMBED_START_HEIGHT = 520;

/** Marks iframes /embed.js may resize; it also checks that each one's src is on the script's origin. */
export const EMBED_ATTRIBUTE = 'data-remedies-embed';

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedSnippet(o: { src: string; script: string; title: string }): string {
	return (
		`<iframe src="${escapeAttr(o.src)}" title="${escapeAttr(o.title)}" ${EMBED_ATTRIBUTE} width="100%" height="${EMBED_START_HEIGHT}" ` +
		`style="border:0;width:100%" loading="lazy"></iframe>\n` +
		`<script async src="${escapeAttr(o.script)}"></script>`
	);
}
