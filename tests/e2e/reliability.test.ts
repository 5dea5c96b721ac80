/**
 * Every built page in a real Chromium: each dist/**\/index.html (both languages, embed pages too)
 * loads with no console error, page error, failed request, third-party request or CSP violation;
 * axe finds nothing on one page of each type per language. Then the model explorer gets 50 hostile
 * and random scenario links (fast-check, seeded): no errors, no injected elements, every ignored
 * setting listed in the notice, every control inside its range and the URL rewritten to the
 * canonical link of what was read.
 */
import AxeBuilder from '@axe-core/playwright';
import fc from 'fast-check';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/loadDataset.ts';
import { PARAMETER_SPECS, decodeScenario, defaultScenario, encodeScenario, toModelInputs, type ModelInputs } from '../../src/lib/model/index.ts';
import { filesUnder, urlOfFile } from '../reliability/support/builtSite.ts';
import { launchBrowser, NO_PROBLEMS, watch, type PageProblems } from './browser.ts';

let browser: BrowserContext;
const baseURL = inject('baseURL');
const SEED = 20_250_422;
const tally = { pages: 0, axe: 0, scenarios: 0, started: performance.now() };

beforeAll(async () => {
	browser = await launchBrowser();
	// Also collect violations reported as events, in case one never reaches the console.
	await browser.addInitScript(() => {
		const w = window as unknown as { __csp: string[] };
		w.__csp = [];
		document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
	});
});
afterAll(async () => {
	await browser?.close();
	const seconds = ((performance.now() - tally.started) / 1000).toFixed(1);
	console.log(`browser reliability: ${tally.pages} pages loaded, ${tally.axe} axe runs, ${tally.scenarios} hostile scenario links in ${seconds} s`);
});

/** Every page of the built site, by URL path (globalSetup has already checked that dist/ exists). */
const PAGES = filesUnder('dist')
	.filter((f) => f.endsWith('index.html'))
	.map(urlOfFile);

/** Overview, benchmarks, incidents, embed…: a page type is its path without the language and the id. */
function pageType(path: string): string {
	const [first] = path.replace(/^\/en\//, '/').split('/').filter(Boolean);
	return first ?? 'overview';
}
const language = (path: string) => (path.startsWith('/en/') ? 'en' : 'ko');
/** The first page of each type in each language gets an axe run. */
const AXE_PAGES = new Set<string>();
const typesSeen = new Set<string>();
for (const p of PAGES) {
	const type = `${pageType(p)} ${language(p)}`;
	if (!typesSeen.has(type)) (typesSeen.add(type), AXE_PAGES.add(p));
}

async function open(path: string): Promise<{ page: Page; problems: PageProblems; requested: string }> {
	const page = await browser.newPage();
	const problems = watch(page, baseURL);
	const response = await page.goto(baseURL + path, { waitUntil: 'networkidle' });
	// The URL as Chromium sent it (normalised), before any script rewrote the address bar.
	return { page, problems, requested: response?.request().url() ?? baseURL + path };
}

async function cspEvents(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

describe('every built page in Chromium', () => {
	it('dist/ has pages in both languages, including embed pages and every page type', () => {
		expect(PAGES.length).toBeGreaterThan(0);
		expect(PAGES.some((p) => p.startsWith('/en/'))).toBe(true);
		expect(PAGES.some((p) => p.includes('/embed/'))).toBe(true);
		expect(PAGES).toContain('/model/');
		expect(PAGES).toContain('/en/model/');
	});

	it.each(PAGES)('GET %s: no console or page errors, failed or third-party requests, or CSP violations (axe on the first page of each type)', async (path) => {
		const { page, problems } = await open(path);
		await page.waitForTimeout(100);
		const csp = await cspEvents(page);
		tally.pages++;

		if (AXE_PAGES.has(path)) {
			const results = await new AxeBuilder({ page }).analyze();
			tally.axe++;
			expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
		}
		expect(problems).toEqual(NO_PROBLEMS);
		expect(csp).toEqual([]);
		await page.close();
	});
});

// ---------------------------------------------------------------------------------------------
// The model explorer under hostile links

const model = loadDataset('data', process.cwd()).model;
if (!model) throw new Error('data/model did not load');
const inputs: ModelInputs = toModelInputs(model);
const urlKeys = PARAMETER_SPECS.map((s) => s.url);

const HOSTILE = [
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	'"><b>bold</b>',
	"'><svg onload=alert(1)>",
	'javascript:alert(1)',
	'1e400',
	'-1e400',
	'NaN',
	'Infinity',
	'0x10',
	'1_000',
	'%00',
	'%E0%A4%A',
	'-0',
	'9'.repeat(400),
	'__proto__',
];
const keyArb = fc.oneof(fc.constantFrom(...urlKeys, 'v', 'i', 'p', 'off', 'on'), fc.constantFrom('<b>k</b>', '"><img src=x>', '__proto__', 'utm_source'), fc.string({ maxLength: 6 }));
const valueArb = fc.oneof(
	fc.constantFrom(...HOSTILE),
	fc.constantFrom(...inputs.incidents.map((i) => i.id), 'bd.da', 'fn.zz', '1'),
	fc.double().map(String),
	fc.integer({ min: -1_000_000, max: 1_000_000_000 }).map(String),
	fc.string({ unit: 'grapheme', maxLength: 12 }),
);
const queryArb = fc
	.array(fc.tuple(keyArb, valueArb, fc.boolean()), { minLength: 1, maxLength: 8 })
	.map((pairs) => pairs.map(([k, v, encode]) => (encode ? `${encodeURIComponent(k)}=${encodeURIComponent(v)}` : `${k}=${v}`)).join('&'));

const SCENARIO_QUERIES = [
	'v=1&ar=<script>alert(1)</script>&br=1e400&i="><img src=x onerror=alert(1)>&zz=<b>bold</b>&off=nope',
	`v=1&${urlKeys.map((k) => `${k}=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E`).join('&')}`,
	'v=1&br=50&br=60&br=<b>bold</b>',
	`${'x'.repeat(3000)}=1&<script>=</script>`,
	'v=2&br=50',
	'%E0%A4%A=%E0%A4%A&%00=%00',
	...fc.sample(queryArb, { seed: SEED, numRuns: 44 }),
];

describe('model explorer under 50 hostile and random scenario links (fast-check, seeded)', () => {
	let baselineScripts = 0;
	beforeAll(async () => {
		const { page } = await open('/model/');
		baselineScripts = await page.locator('script').count();
		await page.close();
	});

	it.each(SCENARIO_QUERIES.map((q, i) => [i, q] as const))('link %i: /model/?%s', async (_i, query) => {
		const { page, problems, requested } = await open(`/model/?${query}`);
		await page.waitForFunction(() => customElements.get('remedy-model') !== undefined);
		await page.waitForTimeout(100);
		tally.scenarios++;
		const expected = decodeScenario(new URL(requested).search, inputs);

		// Nothing from the link became markup.
		expect(await page.locator('img[src="x"], img[onerror], svg[onload], [data-notices] b, [data-notices] img, [data-notices] script').count()).toBe(0);
		expect(await page.locator('b', { hasText: /^bold$/ }).count()).toBe(0);
		expect(await page.locator('script').count()).toBe(baselineScripts);
		// Every ignored, repeated, clamped or unreadable setting is listed, as text, key first.
		const items = await page.locator('[data-notices] li').evaluateAll((lis) => lis.map((li) => li.textContent ?? ''));
		if (expected.notices.length > 0) expect(await page.locator('[data-notices]').isVisible()).toBe(true);
		expect(items).toHaveLength(expected.notices.length);
		expected.notices.forEach((n, j) => {
			expect(items[j]!.startsWith(`${n.key}${n.value !== undefined ? `=${n.value}` : ''}:`), `notice ${j}: ${items[j]} for ${JSON.stringify(n)}`).toBe(true);
		});
		// Every control shows a value inside its own range.
		const outOfRange = await page.locator('input[type="number"], input[type="range"]').evaluateAll((els) =>
			(els as HTMLInputElement[]).filter((e) => !(Number(e.value) >= Number(e.min) && Number(e.value) <= Number(e.max))).map((e) => `${e.name} = ${e.value}`),
		);
		expect(outOfRange).toEqual([]);
		// The address bar now holds the canonical link of what was read.
		const canonical = encodeScenario(expected.scenario, inputs);
		const isDefault = canonical === encodeScenario(defaultScenario(inputs, inputs.incidents[0]!.id), inputs);
		expect(new URL(page.url()).search).toBe(isDefault ? '' : `?${canonical}`);
		expect(problems).toEqual(NO_PROBLEMS);
		expect(await cspEvents(page)).toEqual([]);
		await page.close();
	});
});
