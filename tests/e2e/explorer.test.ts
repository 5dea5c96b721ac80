import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { artifactPath, NO_PROBLEMS, watch, type PageProblems } from './browser.ts';
import { sharedBrowser } from './sharedBrowser.ts';

const browser = sharedBrowser();
const baseURL = inject('baseURL');


async function open(path: string): Promise<{ page: Page; problems: PageProblems }> {
	const page = await browser().newPage();
	const problems = watch(page, baseURL);
	await page.goto(baseURL + path, { waitUntil: 'networkidle' });
	return { page, problems };
}
const total = (page: Page) => page.locator('[data-out="total"]').innerText();
/** Until the explorer has patched the full-draw result: it marks the results' live region aria-busy until then. */
const settle = (page: Page) =>
	page.waitForFunction(() => !document.querySelector('remedy-model [aria-live]')?.hasAttribute('aria-busy'), undefined, { timeout: 10_000 });

describe('model explorer', () => {
	it('GET /model/ renders the default result before any script runs', async () => {
		const ctx = await browser().browser()!.newContext({ javaScriptEnabled: false });
		const page = await ctx.newPage();

		await page.goto(`${baseURL}/model/`);

		expect(await total(page)).toMatch(/[0-9]+(조|억)/);
		expect(await page.locator('[data-needs-js]').isVisible()).toBe(true);
		expect(await page.locator('table.itemised tbody tr').count()).toBeGreaterThan(5);
		await ctx.close();
	});

	it('a reader can change an assumption with the keyboard only, and the outputs, URL and chart follow', async () => {
		const { page, problems } = await open('/model/');
		const before = await total(page);
		const chartBefore = await page.locator('[data-chart="model-uncertainty"] .chart-canvas').first().innerHTML();

		const field = page.locator('input[type="number"][name="discountRate"]');
		await field.focus();
		await page.keyboard.press('Control+A');
		await page.keyboard.type('20');
		await page.keyboard.press('Tab');
		await settle(page);

		expect(await total(page)).not.toBe(before);
		expect(new URL(page.url()).searchParams.get('br')).toBe('20');
		expect(await page.locator('[data-param="discountRate"] .changed').count()).toBe(1);
		// Charts redraw once the reader pauses (about a second), not on every step.
		await page.waitForFunction(
			(prev) => document.querySelector('[data-chart="model-uncertainty"] .chart-canvas')?.innerHTML !== prev,
			chartBefore,
			{ timeout: 10_000 },
		);
		// Build-time (ssr-) and browser (live-) renders share the page: no id may repeat.
		const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
		await page.screenshot({ path: artifactPath('explorer-changed.png'), fullPage: true });
		expect(problems).toEqual(NO_PROBLEMS);
		await page.close();
	});

	it('a shared scenario URL restores exactly that state, and the language switch keeps it', async () => {
		const { page } = await open('/model/');
		await page.selectOption('select[name="incident"]', 'kt-2025');
		await settle(page);
		await page.selectOption('select[name="package"]', 'skt-2025');
		await settle(page);
		await page.locator('input[type="number"][name="arpu"]').fill('30000');
		await page.locator('input[type="number"][name="arpu"]').press('Enter');
		// The link follows the full-draw run that Enter commits: wait for it rather than a fixed time.
		await expect.poll(() => page.locator('[data-share]').inputValue(), { timeout: 10_000 }).toContain('ar=30000');
		await settle(page);
		const share = await page.locator('[data-share]').inputValue();
		const expectedTotal = await total(page);

		const { page: again, problems } = await open(new URL(share).pathname + new URL(share).search);

		expect(await again.locator('select[name="incident"]').inputValue()).toBe('kt-2025');
		expect(await again.locator('select[name="package"]').inputValue()).toBe('skt-2025');
		expect(await again.locator('input[type="number"][name="arpu"]').inputValue()).toBe('30000');
		expect(await total(again)).toBe(expectedTotal);
		expect(problems).toEqual(NO_PROBLEMS);

		await again.locator('[data-lang-switch]').click();
		await again.waitForURL(/\/en\/model\//);
		await settle(again);
		expect(new URL(again.url()).search).toBe(new URL(share).search);
		expect(await again.locator('input[type="number"][name="arpu"]').inputValue()).toBe('30000');
		expect(await again.locator('select[name="package"]').inputValue()).toBe('skt-2025');
		await page.close();
		await again.close();
	});

	it('an arrow-key step updates the figures at once and the link once the reader pauses', async () => {
		const { page, problems } = await open('/model/');
		const before = await total(page);

		const field = page.locator('input[type="number"][name="discountRate"]');
		const start = Number(await field.inputValue());
		await field.focus();
		await page.keyboard.press('ArrowUp');
		await page.waitForFunction((prev) => document.querySelector('[data-out="total"]')?.textContent !== prev, before);
		await page.waitForURL(/[?&]br=/);

		const step = Number(await field.getAttribute('step'));
		expect(Number(new URL(page.url()).searchParams.get('br'))).toBeCloseTo(start + step);
		expect(await page.locator('[data-total="remedy"] [data-adds]').innerText()).toContain('고객 보상');
		expect(problems).toEqual(NO_PROBLEMS);
		await page.close();
	});

	it('figures patched step by step are exactly what a fresh load of the same link shows', async () => {
		// Most steps change only numbers, and the explorer then sets the changed text in place rather
		// than parsing the block again; the result must be the DOM a full parse of the same scenario gives.
		const { page, problems } = await open('/en/model/');
		const outputs = (p: Page) =>
			p.evaluate(() => [...document.querySelectorAll('remedy-model [data-output]')].map((e) => `${e.getAttribute('data-output')}: ${e.innerHTML}`));
		for (const [name, key] of [['discountRate', 'ArrowUp'], ['arpu', 'ArrowDown']] as const) {
			await page.locator(`input[type="number"][name="${name}"]`).focus();
			for (let i = 0; i < 3; i++) {
				await page.keyboard.press(key);
				await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
			}
		}
		await settle(page);
		const share = new URL(await page.locator('[data-share]').inputValue());

		const { page: fresh, problems: freshProblems } = await open(share.pathname + share.search);
		await settle(fresh);

		expect(share.search).toContain('br=');
		expect(await outputs(page)).toEqual(await outputs(fresh));
		expect(problems).toEqual(NO_PROBLEMS);
		expect(freshProblems).toEqual(NO_PROBLEMS);
		await page.close();
		await fresh.close();
	});

	it('the full-draw run happens in a worker, and a browser without one gets the same figures on the main thread', async () => {
		const outputs = (page: Page) =>
			page.evaluate(() => [...document.querySelectorAll('remedy-model [data-output]')].map((e) => `${e.getAttribute('data-output')}: ${e.innerHTML}`));
		let built: string[] = [];
		const outputsAfterSteps = async (page: Page) => {
			await page.goto(`${baseURL}/en/model/`, { waitUntil: 'networkidle' });
			built = await outputs(page);
			await page.locator('input[type="number"][name="arpu"]').focus();
			for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowDown');
			await page.waitForURL(/[?&]ar=/);
			await settle(page);
			return outputs(page);
		};

		const page = await browser().newPage();
		const problems = watch(page, baseURL);
		const workers: string[] = [];
		page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
		const withWorker = await outputsAfterSteps(page);
		expect(workers).toHaveLength(1);
		expect(workers[0]).toMatch(/^\/_astro\/modelWorker[-.][\w-]+\.js$/);
		expect(problems).toEqual(NO_PROBLEMS);

		const bare = await browser().newPage();
		const bareProblems = watch(bare, baseURL);
		await bare.addInitScript(() => {
			delete (window as { Worker?: unknown }).Worker;
		});
		const bareWorkers: string[] = [];
		bare.on('worker', (w) => bareWorkers.push(w.url()));
		const withoutWorker = await outputsAfterSteps(bare);

		expect(bareWorkers).toEqual([]);
		expect(withoutWorker).toEqual(withWorker);
		expect(withWorker).not.toEqual(built);
		expect(bareProblems).toEqual(NO_PROBLEMS);
		await page.close();
		await bare.close();
	});

	it('sums of money are typed in 억원 (₩ billion in English) and kept in won in the link', async () => {
		const { page, problems } = await open('/model/');
		const pledge = page.locator('input[type="number"][name="securityPledge"]');
		expect(await pledge.inputValue()).toBe('7000');
		expect(await page.locator('#p-securityPledge-unit').innerText()).toBe('억원');

		await pledge.fill('8000');
		await pledge.press('Enter');
		await page.waitForURL(/[?&]sp=800000000000(&|$)/);

		await page.locator('[data-lang-switch]').click();
		await page.waitForURL(/\/en\/model\/\?.*sp=800000000000/);
		const english = page.locator('input[type="number"][name="securityPledge"]');
		await page.waitForFunction(() => (document.querySelector('input[name="securityPledge"]') as HTMLInputElement | null)?.value === '800');
		expect(await english.inputValue()).toBe('800');
		expect(await page.locator('#p-securityPledge-unit').innerText()).toBe('₩ billion');
		expect(problems).toEqual(NO_PROBLEMS);
		await page.close();
	});

	it('loads only a small bootstrap until the reader reaches for a control', async () => {
		const page = await browser().newPage();
		const scripts: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
		});
		await page.goto(`${baseURL}/model/`, { waitUntil: 'networkidle' });
		const beforeInput = [...scripts];

		await page.locator('input[type="number"][name="arpu"]').focus();
		await page.waitForFunction((n) => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js')).length > n, beforeInput.length);

		expect(beforeInput.some((s) => s.includes('liveExplorer'))).toBe(false);
		expect(scripts.some((s) => s.includes('liveExplorer'))).toBe(true);
		await page.close();
	});

	it('fetches the model inputs on waking, one file for both languages; a failed load says so, keeps what was typed, and the next key recovers', async () => {
		const page = await browser().newPage();
		const fetched: string[] = [];
		page.on('request', (r) => {
			if (r.url().endsWith('.json')) fetched.push(new URL(r.url()).pathname);
		});
		let drop = true;
		await page.route('**/model/inputs.*.json', (route) => (drop ? route.abort() : route.continue()));
		await page.goto(`${baseURL}/model/`, { waitUntil: 'networkidle' });
		const before = await total(page);
		// The page carries no copy of the inputs: they come when the reader reaches for a control.
		expect(await page.locator('script[type="application/json"]').count()).toBe(0);
		expect(fetched).toEqual([]);
		const href = await page.locator('remedy-model').getAttribute('data-inputs');
		expect(href).toMatch(/^\/model\/inputs\.[0-9a-f]{10}\.json$/);
		const english = await (await fetch(`${baseURL}/en/model/`)).text();
		expect(english).toContain(`data-inputs="${href}"`);

		// The connection drops: the page says so, and the value typed stays where the reader put it.
		const field = page.locator('input[type="number"][name="discountRate"]');
		await field.fill('30');
		await page.locator('[data-load-failed]').waitFor({ state: 'visible' });
		expect(await field.inputValue()).toBe('30');
		expect(await total(page)).toBe(before);
		expect(fetched.length).toBeGreaterThan(0);

		// It comes back: the next key loads the explorer, which computes what was typed.
		drop = false;
		await field.press('Enter');
		await page.waitForFunction(() => location.search !== '');
		await settle(page);
		expect(await page.locator('[data-load-failed]').isVisible()).toBe(false);
		expect(await field.inputValue()).toBe('30');
		expect(await total(page)).not.toBe(before);
		expect(new Set(fetched)).toEqual(new Set([href]));
		await page.close();
	});

	it('waking the explorer leaves the page as the build rendered it until the reader changes something', async () => {
		const { page, problems } = await open('/model/');
		const outputs = () => page.locator('remedy-model .outputs').innerHTML();
		const before = await outputs();
		await page.locator('input[type="number"][name="arpu"]').focus();
		await page.waitForFunction(() => customElements.get('remedy-model') !== undefined);
		// The explorer compiles its quick path in idle time after waking, one piece per idle callback
		// (the model run, then each of the three near blocks): wait out more idle callbacks than that.
		for (let i = 0; i < 6; i++) await page.evaluate(() => new Promise((ok) => requestIdleCallback(() => ok(null), { timeout: 2_000 })));

		expect(await outputs()).toBe(before);
		expect(new URL(page.url()).search).toBe('');
		expect(await page.locator('remedy-model [aria-live]').getAttribute('aria-busy')).toBeNull();
		expect(problems).toEqual(NO_PROBLEMS);
		await page.close();
	});

	it.each([390, 800, 1280, 1600])('at %i px the controls stay in their column and nothing scrolls sideways', async (width) => {
		for (const path of ['/model/', '/en/model/']) {
			const page = await browser().newPage();
			await page.setViewportSize({ width, height: 900 });
			await page.goto(baseURL + path, { waitUntil: 'networkidle' });

			const layout = await page.evaluate(() => {
				const outputs = document.querySelector('.outputs')!.getBoundingClientRect();
				const form = document.querySelector('form[data-controls]')!.getBoundingClientRect();
				const stacked = outputs.top >= form.bottom - 1;
				const overlapping = stacked
					? []
					: [...document.querySelectorAll('form[data-controls] *')]
							.filter((e) => {
								const box = e.getBoundingClientRect();
								return box.width > 0 && box.right > outputs.left;
							})
							.map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
				return { sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth, overlapping };
			});

			expect(layout, `${path} at ${width} px`).toEqual({ sideways: 0, overlapping: [] });
			// The headline table's columns are set, not measured (explorer.css): every heading and figure fits its cell.
			const clipped = await page.$$eval('table.totals th, table.totals td', (cells) => cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent));
			expect(clipped, `${path} at ${width} px`).toEqual([]);
			if (width === 390 || width === 1280) await page.screenshot({ path: artifactPath(`explorer-${width}-${path.includes('/en/') ? 'en' : 'ko'}.png`) });
			await page.close();
		}
	});

	it('a hostile link shows defaults and a notice, never an error or injected markup', async () => {
		const hostile =
			'/model/?v=1&ar=%3Cscript%3Ealert(1)%3C%2Fscript%3E&br=1e400&i=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&zz=%3Cb%3Ex%3C%2Fb%3E&off=nope';
		const { page, problems } = await open(hostile);
		const defaults = await open('/model/');

		expect(await page.locator('[data-notices]').isVisible()).toBe(true);
		const notice = await page.locator('[data-notices]').innerText();
		expect(notice).toContain('ar');
		expect(notice).toContain('zz');
		expect(await page.locator('img[src="x"], [data-notices] b, [data-notices] script').count()).toBe(0);
		expect(await page.locator('input[type="number"][name="arpu"]').inputValue()).toBe(
			await defaults.page.locator('input[type="number"][name="arpu"]').inputValue(),
		);
		expect(Number(await page.locator('input[type="number"][name="discountRate"]').inputValue())).toBeLessThanOrEqual(100);
		await page.screenshot({ path: artifactPath('explorer-hostile.png'), fullPage: true });
		expect(problems).toEqual(NO_PROBLEMS);
		await page.close();
		await defaults.page.close();
	});

	it.each(['/model/', '/en/model/'])('GET %s has no axe violations and no console errors', async (path) => {
		const { page, problems } = await open(path);

		const results = await new AxeBuilder({ page }).analyze();

		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
		expect(problems).toEqual(NO_PROBLEMS);
		await page.screenshot({ path: artifactPath(`explorer-${path.includes('/en/') ? 'en' : 'ko'}.png`), fullPage: true });
		await page.close();
	});
});

