/**
 * Static checks over the built site in dist/ (built by `npm test` before Vitest runs): every internal
 * link and #anchor resolves, in both languages; every page carries a Content-Security-Policy that
 * allows no inline or eval'd script and covers every inline script and style it ships; and nothing
 * the site ships makes a reader's browser contact another host — only source links point off-site,
 * and those are marked rel="external noopener". A self-test first shows each check catching a
 * planted defect, so a green run means something.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, requireBuilt } from './support/builtSite.ts';
import {
	cspProblems,
	externalLinkProblems,
	inlineCodeProblems,
	linkProblems,
	offsiteAssetProblems,
	offsitePageProblems,
	type LinkStats,
	type Site,
} from './support/siteChecks.ts';

const DIST = 'dist';
let site: Site;
const stats: LinkStats = { links: 0, anchors: 0, external: 0 };
let started = 0;

beforeAll(() => {
	started = performance.now();
	requireBuilt(DIST);
	const pages = builtPages(DIST);
	// The site's own origin is whatever it was built for (SITE_URL); the canonical link carries it.
	const canonical = pages.find((p) => p.file === 'index.html')?.document.querySelector('link[rel="canonical"]')?.getAttribute('href');
	site = { dist: DIST, pages, origin: new URL(canonical ?? 'http://127.0.0.1:4321/').origin };
});

afterAll(() => {
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(
		`link check: ${stats.links} internal links checked (${stats.anchors} with #anchors) over ${site?.pages.length ?? 0} pages (ko and en), ${stats.external} external source links, in ${seconds} s`,
	);
});

describe('built site (dist/): links', () => {
	it('every internal link (href, src, srcset, url()) in every page resolves to a file in dist/, and every #anchor to an id on its target', () => {
		const languages = new Set(site.pages.map((p) => (p.url.startsWith('/en/') ? 'en' : 'ko')));

		const broken = linkProblems(site, stats);

		expect([...languages].sort()).toEqual(['en', 'ko']);
		expect(stats.links).toBeGreaterThan(0);
		expect(broken).toEqual([]);
	});

	it('every <a> pointing off-site is a source link marked rel="external" or "noopener"', () => {
		expect(externalLinkProblems(site)).toEqual([]);
	});
});

describe('built site (dist/): Content-Security-Policy', () => {
	it("every page carries one CSP <meta> in <head>, before any script or style, whose script-src allows no 'unsafe-inline', 'unsafe-eval' or wildcard", () => {
		expect(site.pages.filter((p) => p.file.endsWith('index.html')).length).toBeGreaterThan(0);
		expect(cspProblems(site)).toEqual([]);
	});

	it('every inline script and <style> is covered by a hash in the CSP, and no inline event handler or style attribute would be blocked', () => {
		expect(inlineCodeProblems(site)).toEqual([]);
	});
});

describe('built site (dist/): no third-party hosts', () => {
	it('no page fetches anything from another host: no <link>, <script src>, <img src>, iframe, form action, url() or @import off-site', () => {
		expect(offsitePageProblems(site)).toEqual([]);
	});

	it('no CSS, JS or SVG asset under dist/ refers to another host', () => {
		expect(offsiteAssetProblems(site)).toEqual([]);
	});
});

describe('the static checks themselves', () => {
	it('each check reports a planted defect in a small site', () => {
		const dir = mkdtempSync(join(tmpdir(), 'remedies-planted-'));
		const write = (file: string, text: string) => {
			mkdirSync(dirname(join(dir, file)), { recursive: true });
			writeFileSync(join(dir, file), text);
		};
		const csp = `<meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'self'; style-src 'self'">`;
		write(
			'index.html',
			`<!DOCTYPE html><html><head>${csp}<link rel="stylesheet" href="https://fonts.example/x.css"></head><body>
			<a href="/missing/">m</a><a href="/about/#nope">n</a><a href="/about/#here">h</a><a href="#top">t</a>
			<a href="https://elsewhere.example/">e</a><img src="//cdn.example/x.png" alt="">
			<script>alert(1)</script><div style="color:red" onclick="x()">s</div></body></html>`,
		);
		write('about/index.html', `<!DOCTYPE html><html><head><script src="/_astro/a.js"></script>${csp}</head><body><p id="here">x</p></body></html>`);
		write('_astro/a.js', 'fetch("https://tracker.example/t");');
		write('_astro/s.css', '@import url("https://fonts.example/f.css");');
		const planted: Site = { dist: dir, pages: builtPages(dir), origin: 'http://127.0.0.1:4321' };

		try {
			expect(linkProblems(planted)).toEqual([
				'index.html: <a> /missing/: no file for /missing/',
				'index.html: <a> /about/#nope: no id "nope" in about/index.html',
				'index.html: <a> #top: no id "top" in index.html',
			]);
			expect(externalLinkProblems(planted)).toEqual(['index.html: <a href="https://elsewhere.example/" rel="">']);
			expect(cspProblems(planted)).toEqual(['about/index.html: a script or style comes before the CSP meta']);
			expect(inlineCodeProblems(planted)).toEqual([
				expect.stringMatching(/^index\.html: inline script 'sha256-.+' is not in script-src$/),
				`index.html: 1 style="" attributes, blocked by a style-src without 'unsafe-inline'`,
				'index.html: <div onclick>: inline event handler',
			]);
			expect(offsitePageProblems(planted)).toEqual(['index.html: <link> https://fonts.example/x.css', 'index.html: <img> //cdn.example/x.png']);
			expect(offsiteAssetProblems(planted)).toEqual(['_astro/a.js: https://tracker.example/t', '_astro/s.css: url(https://fonts.example/f.css)']);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
