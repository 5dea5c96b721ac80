import AxeBuilder from '@axe-core/playwright';
import { writeFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { getDataset } from '../../src/lib/data/getDataset.ts';
import { dataAsOf } from '../../src/lib/findings/dataAsOf.ts';
import { artifactPath, NO_PROBLEMS, watch } from './browser.ts';
import { sharedBrowser } from './sharedBrowser.ts';

const browser = sharedBrowser();
const baseURL = inject('baseURL');


describe.each([
	['ko', '/brief/'],
	['en', '/en/brief/'],
] as const)('executive brief (%s)', (locale, path) => {
	it(`GET ${path} opens with three to five findings, then one table and one chart, dated by the data`, async () => {
		const page = await browser().newPage();
		const problems = watch(page, baseURL);

		await page.goto(baseURL + path, { waitUntil: 'networkidle' });
		await page.screenshot({ path: artifactPath(`brief-${locale}.png`), fullPage: true });

		const findings = page.locator('[data-testid="findings"] li[data-finding]');
		expect(await findings.count()).toBeGreaterThanOrEqual(3);
		expect(await findings.count()).toBeLessThanOrEqual(5);
		for (const text of await findings.allInnerTexts()) expect(text).toMatch(/\d/);
		expect(await page.locator('[data-finding="benchmarks"]').count()).toBe(1);
		expect(await page.locator('main table').count()).toBe(1);
		expect(await page.locator('main figure.chart').count()).toBe(1);
		// "As of" is the newest date in the data, not the day of the build.
		expect(await page.locator('[data-testid="brief-meta"] time').getAttribute('datetime')).toBe(dataAsOf(getDataset().incidents));
		// Every number reaches its source in one click: the reference list is on the page.
		const refs = await page.locator('main .ref a[href^="#ref-"]').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
		expect(refs.length).toBeGreaterThan(0);
		for (const href of refs) expect(await page.locator(`${href} a[href^="http"]`).count(), `${href} has no link`).toBe(1);
		expect(problems).toEqual(NO_PROBLEMS);
		await page.close();
	});

	it(`GET ${path} prints to exactly one A4 page`, async () => {
		const page = await browser().newPage();

		await page.goto(baseURL + path, { waitUntil: 'networkidle' });
		await page.emulateMedia({ media: 'print' });
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

		writeFileSync(artifactPath(`brief-${locale}.pdf`), pdf);
		await page.setViewportSize({ width: 794, height: 1123 });
		await page.screenshot({ path: artifactPath(`brief-print-${locale}.png`), fullPage: true });
		expect(pages).toBe(1);

		// Paper shows the chart's own print drawing; at the A4 text width (190 mm = 718 CSS px) its
		// smallest text must print at a size a reader can take in (about 6 pt; the screen drawing scaled to
		// the same box printed at 3.5 pt in English).
		await page.setViewportSize({ width: 718, height: 1047 });
		const smallestPt = await page.evaluate(() => {
			const svg = document.querySelector<SVGSVGElement>('.chart-print-drawing svg');
			if (!svg || svg.getBoundingClientRect().width === 0) return 0;
			const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
			const sizes = [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale * 0.75);
			return Math.min(...sizes);
		});
		expect(smallestPt).toBeGreaterThanOrEqual(5.5);
		await page.close();
	});

	it(`GET ${path} has no axe violations and ships no JavaScript`, async () => {
		const page = await browser().newPage();

		await page.goto(baseURL + path, { waitUntil: 'networkidle' });
		// The page's own content; the shared header's language switch is checked with the layout.
		const results = await new AxeBuilder({ page }).analyze();

		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
		expect(await page.locator('script').count()).toBe(0);
		await page.close();
	});
});
