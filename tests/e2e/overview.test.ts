import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { CHARTS } from '../../src/charts/catalogue.ts';
import { artifactPath, watch } from './browser.ts';
import { sharedBrowser } from './sharedBrowser.ts';

const browser = sharedBrowser();
const baseURL = inject('baseURL');


/** Headline figures as a reader must see them, per locale (issue: first page). */
const EXPECTED = {
	ko: ['2,696만건', '2,324만명', '22,227명', '5,000억원', '4,500억원', '7,000억원', '1조원', '1,347억9,100만원', '166,441회선', '312,902회선'],
	en: [
		'26.96 million records',
		'23.24 million people',
		'22,227 people',
		'₩500 billion',
		'₩450 billion',
		'₩700 billion',
		'₩1 trillion',
		'₩134.8 billion',
		'166,441 lines',
		'312,902 lines',
	],
} as const;

describe.each([
	['ko', '/'],
	['en', '/en/'],
] as const)('overview (%s)', (locale, path) => {
	it(`GET ${path} shows the headline figures formatted for ${locale}, each linked to a source`, async () => {
		const page = await browser().newPage();
		const problems = watch(page, baseURL);

		await page.goto(baseURL + path, { waitUntil: 'networkidle' });
		await page.screenshot({ path: artifactPath(`overview-${locale}.png`), fullPage: true });
		const text = await page.locator('main').innerText();

		for (const s of EXPECTED[locale]) expect(text, `missing ${s}`).toContain(s);
		const figures = page.locator('main .figure');
		const count = await figures.count();
		expect(count).toBeGreaterThanOrEqual(EXPECTED[locale].length);
		for (let i = 0; i < count; i++) {
			const refs = await figures.nth(i).locator('.ref a[href^="#ref-"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
			expect(refs.length, `figure ${i} cites no source`).toBeGreaterThan(0);
			// One click away: each number lands on a reference-list entry with the outbound link.
			for (const href of refs) expect(await page.locator(`${href} a[href^="http"]`).count(), `${href} has no link`).toBe(1);
		}
		expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], thirdPartyRequests: [], cspViolations: [] });
		await page.close();
	});

	it(`GET ${path} has no axe violations and ships no JavaScript`, async () => {
		const page = await browser().newPage();
		const scripts: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(r.url());
		});

		await page.goto(baseURL + path, { waitUntil: 'networkidle' });
		// The page's own content; the shared header's language switch is checked with the layout.
		const results = await new AxeBuilder({ page }).analyze();

		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
		expect(scripts).toEqual([]);
		expect(await page.locator('script').count()).toBe(0);
		await page.close();
	});

	it(`GET ${path} leads with findings, then the comparison, two compact charts and every other chart one click away`, async () => {
		const page = await browser().newPage();

		await page.goto(baseURL + path, { waitUntil: 'networkidle' });

		const order = await page.$$eval('main > section, main > h1', (els) => els.map((e) => e.getAttribute('aria-labelledby') ?? e.tagName));
		expect(order.slice(0, 3)).toEqual(['H1', 'findings', 'remedies']);
		expect(await page.locator('[data-testid="findings"] li[data-finding]').count()).toBeGreaterThanOrEqual(3);
		expect(await page.locator('[data-testid="findings"] li[data-finding]').count()).toBeLessThanOrEqual(5);
		// Each finding quotes a number.
		for (const text of await page.locator('[data-testid="findings"] li').allInnerTexts()) expect(text).toMatch(/\d/);
		const shown = await page.locator('main figure.chart').evaluateAll((fs) => fs.map((f) => f.getAttribute('data-chart')!));
		expect(shown.length).toBeLessThanOrEqual(3);
		const more = await page.locator('[data-testid="more-charts"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		expect(more.length + shown.length).toBe(CHARTS.length);
		for (const href of more) expect(href).toMatch(/\/charts\/[a-z-]+\/$/);
		await page.close();
	});

	it(`GET ${path} stays within ${MAX_ELEMENTS} DOM elements`, async () => {
		const page = await browser().newPage();

		await page.goto(baseURL + path, { waitUntil: 'networkidle' });

		expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThanOrEqual(MAX_ELEMENTS);
		await page.close();
	});
});

/** The overview's weight budget: elements in the whole document, SVG charts included. */
const MAX_ELEMENTS = 1500;

/** Reading pages that must fit a 390 px phone screen without sideways scrolling. */
const NARROW_PAGES = ['/', '/en/', '/brief/', '/en/brief/', '/benchmarks/', '/en/benchmarks/', '/incidents/skt-2025/', '/en/incidents/skt-2025/', '/incidents/kt-2025/', '/en/incidents/kt-2025/', '/incidents/skt-2025/record/', '/en/incidents/skt-2025/record/'];

describe('reading pages at 390 px', () => {
	it.each(NARROW_PAGES)('GET %s does not scroll sideways', async (path) => {
		const page = await browser().newPage();
		await page.setViewportSize({ width: 390, height: 844 });

		await page.goto(baseURL + path, { waitUntil: 'networkidle' });
		const overflow = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth);

		if (path === '/' || path === '/en/brief/') await page.screenshot({ path: artifactPath(`narrow-${path.replace(/\//g, '_')}.png`), fullPage: true });
		expect(overflow).toBeLessThanOrEqual(0);
		await page.close();
	});
});
