import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { artifactPath, NO_PROBLEMS, watch } from './browser.ts';
import { sharedBrowser } from './sharedBrowser.ts';

const browser = sharedBrowser();
const baseURL = inject('baseURL');


/** Waits until the filter island has read the URL and finished (state other than busy). */
async function settled(page: Page): Promise<string> {
	await page.waitForFunction(() => {
		const s = document.querySelector('benchmark-filters')?.getAttribute('data-state');
		return s !== null && s !== undefined && s !== 'busy';
	});
	return (await page.locator('benchmark-filters').getAttribute('data-state')) ?? '';
}

const rowSel = 'tr[data-bm-country]';

async function visibleCountries(page: Page): Promise<string[]> {
	return page.$$eval(rowSel, (trs) => [...new Set(trs.filter((tr) => !(tr as HTMLElement).hidden).map((tr) => (tr as HTMLElement).dataset['bmCountry']!))]);
}

describe.each([
	['ko', '/benchmarks/'],
	['en', '/en/benchmarks/'],
] as const)('benchmarks (%s)', (locale, path) => {
	it(`GET ${path} shows SKT, KT and the other cases with sources, with no console errors, failed or third-party requests, or CSP violations`, async () => {
		const page = await browser().newPage();
		const problems = watch(page, baseURL);
		await page.goto(baseURL + path, { waitUntil: 'networkidle' });
		expect(await settled(page)).toBe('all');
		await page.screenshot({ path: artifactPath(`benchmarks-${locale}.png`), fullPage: true });
		await page.locator('#chart-benchmarks').screenshot({ path: artifactPath(`benchmarks-${locale}-chart.png`) });

		const main = await page.locator('main').innerText();
		expect(main).toContain('SKT');
		expect(main).toContain('KT');
		// The intro's per-unit figures name their unit; the rank sits beside the per-line figure it ranks.
		expect(await page.locator('[data-intro="skt-2025"] [data-per-unit="people"]').count()).toBe(1);
		expect(await page.locator('[data-intro="skt-2025"] [data-per-unit="records"]').count()).toBe(1);
		expect(await page.locator('[data-intro="kt-2025"] [data-per-unit="records"]').count()).toBe(0);
		for (const id of ['skt-2025', 'kt-2025']) {
			expect(await page.locator(`[data-intro="${id}"] [data-ranked]`).getAttribute('data-per-unit')).toBe('lines');
		}
		// The full tables come folded under their heading, the summary counting what they hold; the
		// fold opens with a click and every row is there.
		const fold = page.locator('section[aria-labelledby="all-figures-heading"] details.bm-all');
		expect(await fold.getAttribute('open')).toBeNull();
		expect(await page.locator(rowSel).first().isVisible()).toBe(false);
		expect(await fold.locator('summary').innerText()).toMatch(/20/);
		await fold.locator('summary').click();
		expect(await page.locator(rowSel).first().isVisible()).toBe(true);
		// Every case appears in the full table, every row links its sources.
		const rows = page.locator(rowSel);
		const n = await rows.count();
		expect(n).toBeGreaterThan(50);
		const cases = await page.$$eval(rowSel, (trs) => new Set(trs.map((tr) => (tr as HTMLElement).dataset['bmCase'])).size);
		expect(cases).toBe(20);
		// The fold's summary counts exactly what it holds.
		expect((await fold.locator('summary').innerText()).match(/\d+/g)!.map(Number).sort((a, b) => a - b)).toEqual([cases, n].sort((a, b) => a - b));
		for (let i = 0; i < n; i++) {
			expect(await rows.nth(i).locator('.ref a[href^="#ref-"]').count(), `row ${i} cites no source`).toBeGreaterThan(0);
		}
		// Three views, each its own build-time SVGs; nothing loaded beyond the island.
		// Each view ships a desktop and a phone drawing.
		expect(await page.locator('#chart-benchmarks .chart-canvas svg').count()).toBe(6);
		expect(await page.locator('#chart-benchmarks .chart-canvas[data-rendered]').count()).toBe(0);
		// The views switch without JavaScript: penalties replaces money to victims, with its own note.
		expect(await page.locator('#chart-benchmarks .view-default').isVisible()).toBe(true);
		expect(await page.locator('#chart-benchmarks .view-penalties').isVisible()).toBe(false);
		await page.click('label:has(#chart-benchmarks-view-penalties)');
		expect(await page.locator('#chart-benchmarks .view-default').isVisible()).toBe(false);
		expect(await page.locator('#chart-benchmarks .view-penalties').isVisible()).toBe(true);
		expect(await page.locator('#chart-benchmarks .view-note').nth(0).isVisible()).toBe(true);
		expect(await page.locator('#chart-benchmarks .view-note').nth(1).isVisible()).toBe(false);
		await page.locator('#chart-benchmarks').screenshot({ path: artifactPath(`benchmarks-${locale}-penalties.png`) });
		await page.click('label:has(#chart-benchmarks-view-security)');
		expect(await page.locator('#chart-benchmarks .view-security').isVisible()).toBe(true);
		expect(await page.locator('#chart-benchmarks .view-note').nth(1).isVisible()).toBe(true);
		expect(problems).toEqual(NO_PROBLEMS);
		await page.close();
	});

	it(`GET ${path}#all-figures, where the corrections page links, arrives with the tables open and in view`, async () => {
		const page = await browser().newPage();
		// With scripts off: the browser itself opens a fold that a link points into.
		const context = await browser().browser()!.newContext({ javaScriptEnabled: false });
		for (const p of [page, await context.newPage()]) {
			await p.goto(`${baseURL}${path}#all-figures`, { waitUntil: 'networkidle' });
			expect(await p.locator('details.bm-all').getAttribute('open')).toBe('');
			expect(await p.locator(rowSel).first().isVisible()).toBe(true);
			// The line that says what the tables hold stays in view above them.
			const top = await p.locator('details.bm-all > summary').evaluate((h) => h.getBoundingClientRect().top);
			expect(top).toBeGreaterThanOrEqual(0);
			expect(top).toBeLessThan(400);
		}
		await context.close();
		await page.close();
	});

	it(`GET ${path} prints the folded tables too, each within an A4 page`, async () => {
		const page = await browser().newPage();
		// An A4 page's printable width at Chromium's default margins, in CSS pixels.
		await page.setViewportSize({ width: 718, height: 1000 });
		await page.goto(baseURL + path, { waitUntil: 'networkidle' });
		expect(await page.locator('details.bm-all').getAttribute('open')).toBeNull();

		await page.emulateMedia({ media: 'print' });
		const rows = page.locator(rowSel);
		expect(await rows.first().isVisible()).toBe(true);
		expect(await rows.last().isVisible()).toBe(true);
		expect(await page.locator('details.bm-all > summary').isVisible()).toBe(false);
		const overflow = await page.$$eval('.bm-table', (ts) => ts.map((t) => t.parentElement!.scrollWidth - t.parentElement!.clientWidth));
		expect(overflow.length).toBeGreaterThan(1);
		expect(overflow.every((px) => px <= 0), `tables cut off on paper by ${overflow.join(', ')} px`).toBe(true);
		await page.close();
	});

	it(`GET ${path} has no axe violations, with and without a filter (tables unfolded)`, async () => {
		const page = await browser().newPage();
		await page.goto(baseURL + path, { waitUntil: 'networkidle' });
		await settled(page);
		// The page's own content; the shared header's language switch is checked with the layout.
		const before = await new AxeBuilder({ page }).analyze();
		expect(before.violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target.join(' ')).join(' | ')}`)).toEqual([]);
		await page.goto(`${baseURL}${path}?country=KR`, { waitUntil: 'networkidle' });
		expect(await settled(page)).toBe('filtered');
		// With the tables unfolded, so their markup is checked too.
		await page.locator('details.bm-all > summary').click();
		const after = await new AxeBuilder({ page }).analyze();
		expect(after.violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target.join(' ')).join(' | ')}`)).toEqual([]);
		await page.close();
	});

	it(`GET ${path}?country=KR hides non-Korean rows, redraws the chart, and survives a reload`, async () => {
		const page = await browser().newPage();
		const problems = watch(page, baseURL);
		const scripts: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
		});
		await page.goto(`${baseURL}${path}?country=KR`, { waitUntil: 'networkidle' });
		expect(await settled(page)).toBe('filtered');
		await page.screenshot({ path: artifactPath(`benchmarks-${locale}-kr.png`), fullPage: true });
		await page.locator('#chart-benchmarks').screenshot({ path: artifactPath(`benchmarks-${locale}-kr-chart.png`) });

		expect(await visibleCountries(page)).toEqual(['KR']);
		expect(await page.$$eval(rowSel, (trs) => trs.filter((tr) => (tr as HTMLElement).hidden).length)).toBeGreaterThan(0);
		// The default view is a browser render: live- ids, no ssr- ids, only Korean cases on its axis.
		const svg = page.locator('#chart-benchmarks .chart-canvas.view-default svg');
		expect(await svg.count()).toBe(1);
		expect(await page.locator('#chart-benchmarks .chart-canvas.view-default').getAttribute('data-rendered')).toBe('live');
		expect(await page.locator('#chart-benchmarks .chart-canvas[data-rendered="live"]').count()).toBe(3);
		const html = await svg.evaluate((el) => el.outerHTML);
		expect(html).not.toMatch(/id="ssr-|<style|style="/);
		const axisText = await svg.innerHTML();
		expect(axisText).toContain('SKT');
		expect(axisText).not.toMatch(/Equifax|에퀴팩스/);
		expect(await page.locator('#chart-benchmarks .chart-takeaway').innerText()).toMatch(/SKT/);
		// The form shows the filter; the status line counts rows.
		expect(await page.locator('select[name="country"]').inputValue()).toBe('KR');
		expect(await page.locator('[data-status]').isVisible()).toBe(true);
		// Plot and the chart module load only now, from this origin.
		expect(scripts.some((s) => s.startsWith('/_astro/'))).toBe(true);

		await page.reload({ waitUntil: 'networkidle' });
		expect(await settled(page)).toBe('filtered');
		expect(new URL(page.url()).searchParams.getAll('country')).toEqual(['KR']);
		expect(await visibleCountries(page)).toEqual(['KR']);

		// Changing a field keeps the URL in sync.
		await page.selectOption('select[name="type"]', 'fine');
		await page.waitForFunction(() => new URL(location.href).searchParams.get('type') === 'fine');
		expect(await settled(page)).toBe('filtered');
		const types = await page.$$eval(rowSel, (trs) => [...new Set(trs.filter((tr) => !(tr as HTMLElement).hidden).map((tr) => (tr as HTMLElement).dataset['bmType']))]);
		expect(types).toEqual(['fine']);
		expect(new URL(page.url()).searchParams.get('country')).toBe('KR');

		// Show all restores everything and the build-time chart.
		await page.click('[data-reset]');
		await page.waitForFunction(() => location.search === '');
		expect(await settled(page)).toBe('all');
		expect(await page.$$eval(rowSel, (trs) => trs.filter((tr) => (tr as HTMLElement).hidden).length)).toBe(0);
		expect(await page.locator('#chart-benchmarks .chart-canvas[data-rendered]').count()).toBe(0);
		expect(problems).toEqual(NO_PROBLEMS);
		await page.close();
	});

	it(`GET ${path} with a hostile query shows everything, a notice, and no injected markup`, async () => {
		const page = await browser().newPage();
		const problems = watch(page, baseURL);
		const dialogs: string[] = [];
		page.on('dialog', async (d) => {
			dialogs.push(d.message());
			await d.dismiss();
		});
		const hostile = '?country=<script>alert(1)</script>&from=abc&to=1e400&type=zzz&country=<img src=x onerror=alert(2)>';
		await page.goto(baseURL + path + hostile, { waitUntil: 'networkidle' });
		expect(await settled(page)).toBe('ignored');
		await page.screenshot({ path: artifactPath(`benchmarks-${locale}-hostile.png`), fullPage: false });

		const notice = page.locator('[data-notice]');
		expect(await notice.isVisible()).toBe(true);
		const text = await notice.innerText();
		expect(text).toContain('<script>alert(1)</script>');
		expect(text).toContain('from=abc');
		expect(text).toContain('to=1e400');
		expect(text).toContain('type=zzz');
		expect(await notice.evaluate((el) => el.children.length)).toBe(0);
		expect(await page.locator('main script:not([type="application/json"]), main img').count()).toBe(0);
		expect(dialogs).toEqual([]);
		expect(await page.$$eval(rowSel, (trs) => trs.filter((tr) => (tr as HTMLElement).hidden).length)).toBe(0);
		expect(await page.locator('#chart-benchmarks .chart-canvas[data-rendered]').count()).toBe(0);
		// The rejected values are dropped from the URL.
		expect(new URL(page.url()).search).toBe('');
		expect(problems).toEqual(NO_PROBLEMS);
		await page.close();
	});

	it(`GET ${path} with JavaScript off shows everything and says filtering needs JavaScript`, async () => {
		const page = await browser().newPage();
		// Blocking every script is what a reader with JavaScript off gets: the island never runs.
		await page.route('**/*.js', (r) => r.abort());
		await page.goto(`${baseURL}${path}?country=KR`, { waitUntil: 'networkidle' });
		expect(await page.locator('benchmark-filters').getAttribute('data-state')).toBeNull();
		expect(await page.locator('[data-needs-js]').isVisible()).toBe(true);
		expect(await page.$$eval(rowSel, (trs) => trs.filter((tr) => (tr as HTMLElement).hidden).length)).toBe(0);
		// Each view ships a desktop and a phone drawing.
		expect(await page.locator('#chart-benchmarks .chart-canvas svg').count()).toBe(6);
		await page.close();
	});
});
