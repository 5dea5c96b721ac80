/**
 * Every chart page in both languages, at a phone (390 px) and a desktop (1280 px) viewport, in every
 * view: each visible text of the chart's SVG is drawn at 12 px or more as displayed (its font size
 * times the SVG's scale), no two texts overlap by more than 1 px, no text runs past the SVG's edge
 * (an inline SVG cuts it off there), no rule (not the grid) runs through the middle of a label
 * without a halo, where it reads as a strikethrough, and the page does not scroll sideways. Lines of one label
 * (tspans of one <text>) are one box. Chromium here sets system-ui in DejaVu Sans, wider than the
 * faces phones use, so a chart that passes here does not clip on a reader's phone either.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { artifactPath, builtChartIds } from './browser.ts';
import { sharedBrowser } from './sharedBrowser.ts';

const baseURL = inject('baseURL');
const browser = sharedBrowser();


const CHART_IDS = builtChartIds();

const MIN_PX = 12;
/** Chart pages kept as screenshots in tests/artifacts/screenshots/ for a person to look at. */
const SCREENSHOTS = ['/charts/cost-vs-announced/', '/en/charts/timeline/', '/charts/security-investment/', '/en/charts/financials/'];
const TOLERANCE = 1;

/** Problems in the chart SVGs shown now: text too small and texts overlapping. */
async function textProblems(page: Page, minPx: number, tolerance: number): Promise<string[]> {
	return page.evaluate(
		([minPx, tolerance]) => {
			const problems: string[] = [];
			const svgs = [...document.querySelectorAll<SVGSVGElement>('.chart-canvas > svg')].filter((s) => s.getBoundingClientRect().width > 0);
			for (const svg of svgs) {
				const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
				const boxes = [...svg.querySelectorAll('text')]
					.filter((el) => (el.textContent ?? '').trim() !== '')
					.map((el) => ({ el, r: el.getBoundingClientRect(), size: parseFloat(getComputedStyle(el).fontSize) * scale }));
				for (const b of boxes) {
					if (b.size < minPx - 0.01) problems.push(`${b.size.toFixed(1)}px "${b.el.textContent!.slice(0, 40)}"`);
				}
				for (let i = 0; i < boxes.length; i++) {
					for (let j = i + 1; j < boxes.length; j++) {
						const a = boxes[i]!.r;
						const b = boxes[j]!.r;
						const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
						const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
						if (w > tolerance && h > tolerance) {
							problems.push(`overlap ${w.toFixed(1)}×${h.toFixed(1)}: "${boxes[i]!.el.textContent!.slice(0, 30)}" / "${boxes[j]!.el.textContent!.slice(0, 30)}"`);
						}
					}
				}
				// Nothing outside the drawing: an inline SVG clips at its edges.
				const edge = svg.getBoundingClientRect();
				for (const b of boxes) {
					const out = Math.max(edge.left - b.r.left, b.r.right - edge.right, edge.top - b.r.top, b.r.bottom - edge.bottom);
					if (out > tolerance) problems.push(`${out.toFixed(1)}px outside the chart: "${b.el.textContent!.slice(0, 30)}"`);
				}
				// A drawn line (Plot's rules, not the grid) through the middle of a label strikes it through,
				// unless the label has a halo (a background-coloured stroke painted under it) that breaks the line.
				const rules = [...svg.querySelectorAll('g[aria-label="rule"] line')].map((el) => el.getBoundingClientRect());
				const haloed = (el: Element) => el.closest('[paint-order="stroke"]') !== null;
				for (const b of boxes.filter((x) => !haloed(x.el))) {
					const inner = { left: b.r.left + 1, right: b.r.right - 1, top: b.r.top + b.r.height * 0.3, bottom: b.r.bottom - b.r.height * 0.3 };
					for (const l of rules) {
						const w = Math.min(l.right, inner.right) - Math.max(l.left, inner.left);
						const h = Math.min(l.bottom, inner.bottom) - Math.max(l.top, inner.top);
						if (w >= 0 && h >= 0) problems.push(`a line through "${b.el.textContent!.slice(0, 30)}"`);
					}
				}
			}
			if (document.documentElement.scrollWidth > document.documentElement.clientWidth) {
				problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${document.documentElement.clientWidth}`);
			}
			return problems;
		},
		[minPx, tolerance] as const,
	);
}

describe.each([390, 1280])('chart text at %i px', (width) => {
	it.each(CHART_IDS.flatMap((id) => ['', '/en'].map((prefix) => `${prefix}/charts/${id}/`)))('%s: text ≥ 12 px, no overlaps, no sideways scroll', async (path) => {
		const page = await browser().newPage();
		await page.setViewportSize({ width, height: 900 });
		await page.goto(`${baseURL}${path}`);
		const problems = (await textProblems(page, MIN_PX, TOLERANCE)).map((p) => `default view: ${p}`);
		const views = page.locator('.chart-view-toggle input.alt-view');
		for (let i = 0; i < (await views.count()); i++) {
			await views.nth(i).check();
			const id = await views.nth(i).getAttribute('id');
			problems.push(...(await textProblems(page, MIN_PX, TOLERANCE)).map((p) => `${id}: ${p}`));
		}
		if (SCREENSHOTS.includes(path)) {
			await page.locator('figure.chart').screenshot({ path: artifactPath(`legibility-${width}-${path.replace(/\//g, '_')}.png`) });
		}
		await page.close();
		expect(problems).toEqual([]);
	});
});
