/**
 * Chart pages and compact charts in a real browser, both languages: a chart page carries the figure,
 * every source, the data table, downloads, permalink and embed code (with the preview notice in a
 * preview build); reading pages show each chart compactly with a one-line source and a link to its
 * page; the Atom feed is well-formed XML to the browser's strict parser.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { artifactPath, watch } from './browser.ts';
import { sharedBrowser } from './sharedBrowser.ts';

const browser = sharedBrowser();
const baseURL = inject('baseURL');


/** Elements of the charts that reach past the right edge of the viewport (the page would scroll sideways). */
async function overflowing(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const edge = document.documentElement.clientWidth;
		return [...document.querySelectorAll('figure.chart, figure.chart *')]
			.filter((el) => el.getBoundingClientRect().right > edge + 0.5 && !el.closest('svg')?.parentElement?.closest('svg'))
			.filter((el) => !el.closest('.visually-hidden'))
			.slice(0, 5)
			.map((el) => `${el.closest('figure')?.id} ${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} right=${Math.round(el.getBoundingClientRect().right)}`);
	});
}

const NO_PROBLEMS = { consoleErrors: [], pageErrors: [], failedRequests: [], thirdPartyRequests: [], cspViolations: [] };

describe.each([
	['ko', ''],
	['en', '/en'],
] as const)('chart pages (%s)', (locale, prefix) => {
	it(`${prefix}/charts/timeline/ has the figure, all sources, the data table, downloads, permalink and embed code`, async () => {
		const page = await browser().newPage();
		const problems = watch(page, baseURL);
		const path = `${prefix}/charts/timeline/`;
		await page.goto(baseURL + path, { waitUntil: 'networkidle' });
		await page.screenshot({ path: artifactPath(`chart-page-timeline-${locale}.png`), fullPage: true });

		const figure = page.locator('figure#chart-timeline');
		expect(await figure.locator('h1').innerText()).not.toBe('');
		const canvas = figure.locator('.chart-canvas[role="img"] svg').first();
		expect(await canvas.count()).toBe(1);
		expect(await page.locator('#chart-timeline-desc').isVisible()).toBe(true);
		expect(await page.locator('ol.source-list li a[href^="http"]').count()).toBeGreaterThan(10);
		const rows = page.locator('.chart-data table tbody tr');
		expect(await rows.count()).toBeGreaterThan(5);
		expect(await page.locator('.chart-data table').isVisible()).toBe(true);
		for (const ext of ['svg', 'png', 'csv']) {
			// `-ko.png`, not `-ko@2x.png`: the 2× PNG is listed beside the 1× one.
			const href = await page.locator(`[data-downloads] a[href$="-${locale}.${ext}"]`).getAttribute('href');
			expect(href).toBe(`/charts/timeline-${locale}.${ext}`);
			expect((await page.request.get(baseURL + href)).status()).toBe(200);
		}
		expect(await page.locator('[data-permalink]').getAttribute('href')).toBe(path);
		const code = await page.locator('textarea[data-embed-code]').inputValue();
		expect(code).toMatch(new RegExp(`<iframe src="http://127\\.0\\.0\\.1:4321${prefix}/embed/timeline/"`));
		expect(code).toContain('/embed.js"></script>');
		expect(await page.locator('[data-preview-notice]').isVisible()).toBe(true);
		const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
		expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
		expect(problems).toEqual(NO_PROBLEMS);
		await page.close();
	});

	it(`${prefix}/charts/scale/ has no axe violations and ships no JavaScript`, async () => {
		const page = await browser().newPage();
		await page.goto(baseURL + `${prefix}/charts/scale/`, { waitUntil: 'networkidle' });
		// The header's language switch (layouts/Base.astro, outside the chart) fails label-content-name-mismatch
		// on every page, the overview included; it is checked there, not here.
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
		expect(await page.locator('script').count()).toBe(0);
		await page.close();
	});

	it(`reading page ${prefix}/ shows each chart compactly with a one-line source and a link to its chart page`, async () => {
		const page = await browser().newPage();
		await page.setViewportSize({ width: 390, height: 900 });
		await page.goto(baseURL + `${prefix}/`, { waitUntil: 'networkidle' });
		const figures = page.locator('main figure.chart');
		const n = await figures.count();
		expect(n).toBeGreaterThanOrEqual(1);
		for (let i = 0; i < n; i++) {
			const f = figures.nth(i);
			const id = (await f.getAttribute('data-chart'))!;
			expect(await f.locator('.chart-more a').getAttribute('href')).toBe(`${prefix}/charts/${id}/`);
			const line = await f.locator('.chart-source-line').innerText();
			expect(line).toMatch(locale === 'ko' ? /^출처: [^\n]+$/ : /^Sources: [^\n]+$/);
			expect(await f.locator('table, textarea').count(), `${id} still carries its table or embed code`).toBe(0);
			const desc = await f.locator('.chart-canvas[role="img"]').first().getAttribute('aria-describedby');
			if (desc) expect(await page.locator(`#${desc}`).textContent()).not.toBe('');
		}
		expect(await overflowing(page)).toEqual([]);
		await page.close();
	});

	it(`${prefix}/feed.xml is well-formed Atom to the browser's XML parser`, async () => {
		const page = await browser().newPage();
		await page.goto(baseURL + `${prefix}/`);
		const result = await page.evaluate(async (url) => {
			const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				root: doc.documentElement.namespaceURI,
				entries: doc.getElementsByTagName('entry').length,
			};
		}, `${prefix}/feed.xml`);
		expect(result).toEqual({ error: null, root: 'http://www.w3.org/2005/Atom', entries: expect.any(Number) });
		expect(result.entries).toBeGreaterThanOrEqual(1);
		await page.close();
	});
});
