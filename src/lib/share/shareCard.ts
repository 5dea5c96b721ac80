/**
 * The summary card a messenger or social post shows for a text page: the site's name, its one-line
 * promise and where it lives, drawn as SVG at 600×315 so that rasterising at 2× (svgToPng) gives the
 * 1200×630 image Open Graph and Twitter cards expect.
 */
import { wrapText } from '../../charts/shared/textFit.ts';
import { PNG_ZOOM } from './shareImage.ts';

export const CARD_WIDTH = 600;
export const CARD_HEIGHT = 315;
/** The PNG's size in pixels (svgToPng draws at PNG_ZOOM). */
export const CARD_PNG = { width: CARD_WIDTH * PNG_ZOOM, height: CARD_HEIGHT * PNG_ZOOM } as const;

export interface ShareCardText {
	title: string;
	tagline: string;
	/** Small print at the bottom, e.g. the site's host name. */
	footer: string;
}

const MARGIN = 40;
const TITLE_SIZE = 34;
const TAGLINE_SIZE = 18;

const escapeXml = (s: string) => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/** `colours` holds the light theme's custom properties (tokenValues() in charts/shared/standalone.ts). */
export function shareCardSvg(text: ShareCardText, colours: ReadonlyMap<string, string>): string {
	const colour = (name: string) => colours.get(name) ?? '#000';
	const width = CARD_WIDTH - 2 * MARGIN;
	const titleLines = wrapText(text.title, width, TITLE_SIZE).slice(0, 2);
	const taglineLines = wrapText(text.tagline, width, TAGLINE_SIZE).slice(0, 3);
	let y = 84;
	const lines: string[] = [];
	for (const line of titleLines) {
		lines.push(`<text x="${MARGIN}" y="${y}" font-size="${TITLE_SIZE}" font-weight="700" fill="${colour('--fg')}">${escapeXml(line)}</text>`);
		y += TITLE_SIZE * 1.25;
	}
	y += 12;
	for (const line of taglineLines) {
		lines.push(`<text x="${MARGIN}" y="${y}" font-size="${TAGLINE_SIZE}" fill="${colour('--fg')}">${escapeXml(line)}</text>`);
		y += TAGLINE_SIZE * 1.45;
	}
	// Two bars in the two carriers' series colours, the same pairing the charts use.
	const bar = (x: number, series: string) => `<rect x="${x}" y="0" width="${CARD_WIDTH / 2}" height="10" fill="${colour(series)}"/>`;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="Pretendard, sans-serif">` +
		`<rect width="100%" height="100%" fill="${colour('--bg')}"/>` +
		bar(0, '--series-0') +
		bar(CARD_WIDTH / 2, '--series-1') +
		lines.join('') +
		`<rect x="${MARGIN}" y="${CARD_HEIGHT - 62}" width="${CARD_WIDTH - 2 * MARGIN}" height="1" fill="${colour('--rule')}"/>` +
		`<text x="${MARGIN}" y="${CARD_HEIGHT - 34}" font-size="14" fill="${colour('--muted')}">${escapeXml(text.footer)}</text>` +
		`</svg>`
	);
}
