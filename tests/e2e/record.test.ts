/**
 * An incident's record page, as a reader reaches it: its three parts arrive folded (a closed fold is
 * neither laid out nor painted, which keeps a page of hundreds of records light on a phone), and every
 * way into a part opens it: the contents links on the incident page and the record page, a link to one
 * row, and printing.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { NO_PROBLEMS, watch } from './browser.ts';
import { sharedBrowser } from './sharedBrowser.ts';

const browser = sharedBrowser();
const baseURL = inject('baseURL');

const PARTS = ['scale', 'outcomes', 'financials'] as const;

/** Which of the page's folds are open, by the id of the part each holds. */
async function openParts(page: Page): Promise<string[]> {
	return page.$$eval('details.fold', (ds) => ds.filter((d) => (d as HTMLDetailsElement).open).map((d) => d.querySelector('.fold-body')!.id));
}

describe.each([
	['ko', ''],
	['en', '/en'],
] as const)('the SKT record page (%s)', (_locale, prefix) => {
	const path = `${prefix}/incidents/skt-2025/record/`;

	it(`GET ${path} arrives with its three parts folded, each summary counting the rows it holds, and no JavaScript`, async () => {
		const page = await browser().newPage();
		const problems = watch(page, baseURL);
		const scripts: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(r.url());
		});
		await page.goto(baseURL + path, { waitUntil: 'networkidle' });

		expect(await openParts(page)).toEqual([]);
		for (const part of PARTS) {
			const body = page.locator(`#${part}`);
			expect(await body.locator('tbody tr').first().isVisible(), `${part} shows rows while folded`).toBe(false);
			const rows = await body.locator('tbody tr').count();
			expect(rows, `${part} holds no rows`).toBeGreaterThan(0);
			const summary = await page.locator(`details.fold:has(#${part}) > summary`).innerText();
			expect(summary.match(/\d+/g), `${part}: "${summary}"`).toEqual([String(rows)]);
		}
		// The references stay open: the citations inside an opened part point at them.
		expect(await page.locator('.references li').first().isVisible()).toBe(true);
		expect(scripts).toEqual([]);
		expect(problems).toEqual(NO_PROBLEMS);
		await page.close();
	});

	it(`GET ${path}#outcomes opens that part alone and scrolls to it; a link to one row opens the part that holds it`, async () => {
		const page = await browser().newPage();
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`${baseURL}${path}#outcomes`, { waitUntil: 'networkidle' });
		expect(await openParts(page)).toEqual(['outcomes']);
		expect(await page.locator('#outcomes tbody tr').first().isVisible()).toBe(true);
		expect(await page.locator('#outcomes').evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(844);
		expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);

		const row = await page.locator('#financials tbody tr').first().getAttribute('id');
		await page.close();

		const fresh = await browser().newPage();
		await fresh.goto(`${baseURL}${path}#${row}`, { waitUntil: 'networkidle' });
		expect(await openParts(fresh)).toEqual(['financials']);
		expect(await fresh.locator(`#${row}`).isVisible()).toBe(true);
		await fresh.close();
	});

	it(`the contents links, on the incident page and on the record page itself, open the parts they name`, async () => {
		const page = await browser().newPage();
		const opened = (part: string) =>
			page.waitForFunction((id) => (document.getElementById(id)?.closest('details') as HTMLDetailsElement | null)?.open === true, part);
		for (const part of PARTS) {
			await page.goto(`${baseURL}${prefix}/incidents/skt-2025/`, { waitUntil: 'networkidle' });
			await page.locator(`nav.record-contents a[href$="record/#${part}"]`).click();
			await page.waitForURL(`**/record/#${part}`);
			await opened(part);
			expect(await openParts(page)).toEqual([part]);
		}
		// On the record page, the same links move within the page and open the next part too.
		await page.goto(baseURL + path, { waitUntil: 'networkidle' });
		for (const [i, part] of PARTS.entries()) {
			await page.locator(`nav.record-contents a[href="#${part}"]`).click();
			await opened(part);
			expect(await openParts(page)).toEqual(PARTS.slice(0, i + 1));
		}
		await page.close();
	});

	it(`GET ${path} prints every part, without the lines that open them, each table within an A4 page`, async () => {
		const page = await browser().newPage();
		// An A4 page's printable width at Chromium's default margins, in CSS pixels.
		await page.setViewportSize({ width: 718, height: 1000 });
		await page.goto(baseURL + path, { waitUntil: 'networkidle' });
		await page.emulateMedia({ media: 'print' });
		const overflow = await page.$$eval('.table-wrap', (ws) => ws.map((w) => w.scrollWidth - w.clientWidth));
		expect(overflow.length).toBeGreaterThanOrEqual(PARTS.length);
		expect(overflow.every((px) => px <= 0), `tables cut off on paper by ${overflow.join(', ')} px`).toBe(true);
		for (const part of PARTS) {
			const rows = page.locator(`#${part} tbody tr`);
			expect(await rows.first().isVisible(), `${part} is not printed`).toBe(true);
			expect(await rows.last().isVisible(), `${part} is not printed to its end`).toBe(true);
		}
		expect(await page.locator('details.fold > summary').first().isVisible()).toBe(false);
		// The other sources' values under a record's value print too.
		const others = page.locator('details.alts li');
		expect(await others.count()).toBeGreaterThan(0);
		expect(await others.first().isVisible()).toBe(true);
		expect(await others.last().isVisible()).toBe(true);
		await page.close();
	});

	it(`GET ${path} has no axe violations, with every part open`, async () => {
		const page = await browser().newPage();
		await page.goto(baseURL + path, { waitUntil: 'networkidle' });
		for (const summary of await page.locator('details.fold > summary').all()) await summary.click();
		expect(await openParts(page)).toEqual([...PARTS]);
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
		await page.close();
	});
});
