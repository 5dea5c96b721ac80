import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { artifactPath, launchBrowser, watch } from './browser.ts';

let browser: BrowserContext;
const baseURL = inject('baseURL');

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

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
		const page = await browser.newPage();
		const problems = watch(page, baseURL);

		await page.goto(baseURL + path, { waitUntil: 'networkidle' });
		await page.screenshot({ path: artifactPath(`overview-${locale}.png`), fullPage: true });
		const text = await page.locator('main').innerText();

		for (const s of EXPECTED[locale]) expect(text, `missing ${s}`).toContain(s);
		const figures = page.locator('main .figure');
		const count = await figures.count();
		expect(count).toBeGreaterThan(10);
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
		const page = await browser.newPage();
		const scripts: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(r.url());
		});

		await page.goto(baseURL + path, { waitUntil: 'networkidle' });
		const results = await new AxeBuilder({ page }).analyze();

		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
		expect(scripts).toEqual([]);
		expect(await page.locator('script').count()).toBe(0);
		await page.close();
	});
});
