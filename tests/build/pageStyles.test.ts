/**
 * Over the built site in dist/: each page inlines only the stylesheets its own imports pull in, so a
 * rule that lives with one kind of page (src/styles/chart-views.css, the brief's print drawing) must
 * reach every page that shows what it styles. Without them a chart's alternative views would all
 * show at once, and the brief's paper drawing would show on screen.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, requireBuilt, type BuiltPage } from '../reliability/support/builtSite.ts';

const DIST = 'dist';
let pages: BuiltPage[];

beforeAll(() => {
	requireBuilt(DIST);
	pages = builtPages(DIST).filter((p) => p.file.endsWith('index.html'));
});

const stylesOf = (p: BuiltPage) => [...p.document.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n');

describe('page-specific stylesheets', () => {
	it('every page with a chart view switch carries the switch rules', () => {
		const withViews = pages.filter((p) => p.document.querySelector('.chart-views'));
		expect(withViews.length).toBeGreaterThan(10);
		const missing = withViews.filter((p) => !/\.chart-views \.view-alt\b/.test(stylesOf(p))).map((p) => p.url);
		expect(missing).toEqual([]);
	});

	it('every page with a paper-only drawing hides it on screen', () => {
		const withPrint = pages.filter((p) => p.document.querySelector('.chart-print-drawing'));
		expect(withPrint.map((p) => p.url).sort()).toEqual(['/brief/', '/en/brief/']);
		const missing = withPrint.filter((p) => !/\.chart-print-drawing\s*\{\s*display:\s*none/.test(stylesOf(p))).map((p) => p.url);
		expect(missing).toEqual([]);
	});

	it('the overview carries neither', () => {
		for (const url of ['/', '/en/']) {
			const css = stylesOf(pages.find((p) => p.url === url)!);
			expect(css).not.toMatch(/\.chart-views|\.chart-print-drawing|\.timeline|\.chart-full/);
		}
	});
});
