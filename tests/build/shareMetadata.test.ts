/**
 * Over the built site in dist/: every page a reader can share (all but the chrome-less embed pages)
 * carries Open Graph and Twitter card metadata with absolute URLs on the site's own origin, an image
 * that exists with the size the page declares, and a link to the Atom feed; both feeds list the
 * data version and every correction.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { datasetVersion } from '../../src/lib/data/datasetVersion.ts';
import { loadDataset } from '../../src/lib/data/loadDataset.ts';
import { builtPages, requireBuilt, type BuiltPage } from '../reliability/support/builtSite.ts';

const DIST = 'dist';
let pages: BuiltPage[];
let origin: string;

beforeAll(() => {
	requireBuilt(DIST);
	pages = builtPages(DIST).filter((p) => p.file.endsWith('index.html') && !/(^|\/)embed\//.test(p.file));
	origin = new URL(pages.find((p) => p.url === '/')!.document.querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;
});

const meta = (p: BuiltPage, key: string) =>
	p.document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
	const head = readFileSync(file).subarray(0, 24);
	return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

describe('share metadata on every page', () => {
	it('covers chart pages and text pages in both languages', () => {
		const urls = pages.map((p) => p.url);
		for (const u of ['/', '/en/', '/charts/scale/', '/en/charts/timeline/', '/corrections/', '/en/data/']) expect(urls).toContain(u);
	});

	it('has og:title, og:description, og:url (= canonical), og:locale, og:image with its size and alt, and a large-image card that X fills from og:', () => {
		const problems: string[] = [];
		for (const p of pages) {
			const need = (ok: boolean, what: string) => ok || problems.push(`${p.url}: ${what}`);
			for (const key of ['og:title', 'og:description', 'og:image:alt']) need(!!meta(p, key)?.trim(), `${key} missing`);
			// The card's text and image come from og: (X's documented fallback); a twitter: copy would only add bytes and could drift.
			for (const key of ['twitter:title', 'twitter:description', 'twitter:image']) need(meta(p, key) === undefined, `${key} repeats og:`);
			const canonical = p.document.querySelector('link[rel="canonical"]')?.getAttribute('href');
			need(meta(p, 'og:url') === canonical && canonical === `${origin}${p.url}`, `og:url ${meta(p, 'og:url')} is not the canonical ${origin}${p.url}`);
			need(meta(p, 'og:locale') === (p.url.startsWith('/en/') ? 'en_US' : 'ko_KR'), `og:locale ${meta(p, 'og:locale')}`);
			need(meta(p, 'twitter:card') === 'summary_large_image', 'twitter:card');
			const image = meta(p, 'og:image') ?? '';
			if (!need(image.startsWith(`${origin}/`), `og:image ${image} is not absolute on ${origin}`)) continue;
			const file = join(DIST, new URL(image).pathname);
			if (!need(existsSync(file) && file.endsWith('.png'), `og:image ${image} is not a built PNG`)) continue;
			const size = pngSize(file);
			need(Number(meta(p, 'og:image:width')) === size.width && Number(meta(p, 'og:image:height')) === size.height, `og:image size ${meta(p, 'og:image:width')}×${meta(p, 'og:image:height')} but the PNG is ${size.width}×${size.height}`);
			const feed = p.document.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href');
			need(feed === (p.url.startsWith('/en/') ? '/en/feed.xml' : '/feed.xml'), `feed link ${feed}`);
		}
		expect(problems).toEqual([]);
	});

	it('uses the chart PNG on chart pages and the 1200×630 summary card on text pages', () => {
		const scale = pages.find((p) => p.url === '/en/charts/scale/')!;
		expect(meta(scale, 'og:image')).toBe(`${origin}/charts/scale-en@2x.png`);
		const methodology = pages.find((p) => p.url === '/methodology/')!;
		expect(meta(methodology, 'og:image')).toBe(`${origin}/og/site-ko.png`);
		expect([meta(methodology, 'og:image:width'), meta(methodology, 'og:image:height')]).toEqual(['1200', '630']);
	});
});

describe('Atom feed', () => {
	it.each([
		['feed.xml', 'ko', '/data/'],
		['en/feed.xml', 'en', '/en/data/'],
	] as const)('%s parses and lists the data version and every correction', (file, locale, dataPath) => {
		const data = loadDataset();
		const xml = readFileSync(join(DIST, file), 'utf8');
		expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
		const { document } = parseHTML('');
		const doc = new (document.defaultView as any).DOMParser().parseFromString(xml, 'text/xml');
		const feed = doc.querySelector('feed');
		expect(feed.getAttribute('xml:lang')).toBe(locale);
		expect(feed.querySelector('link[rel="self"]').getAttribute('href')).toBe(`${origin}/${file}`);
		const entries = [...doc.querySelectorAll('entry')] as Element[];
		expect(entries).toHaveLength(1 + data.corrections.length);
		for (const e of entries) {
			for (const el of ['id', 'updated', 'title', 'summary']) expect(e.querySelector(el)?.textContent, el).toBeTruthy();
			expect(e.querySelector('updated')!.textContent).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
			expect(e.querySelector('link')!.getAttribute('href')!.startsWith(`${origin}/`)).toBe(true);
		}
		const release = entries.find((e) => e.querySelector('id')!.textContent!.endsWith(`:data-${datasetVersion(data)}`));
		expect(release?.querySelector('link')!.getAttribute('href')).toBe(`${origin}${dataPath}`);
	});
});
