/**
 * Chart downloads as a newsroom would publish them, for every chart and locale. The SVG, opened on its
 * own in Chromium, carries the title, the takeaway, the source line and a credit line with the data
 * version, and every text lies inside the image less its margin. The 1× and 2× PNGs are the same image
 * at two sizes, and their outer margin holds nothing but background.
 */
import { describe, expect, inject, it } from 'vitest';
import { artifactPath, builtChartIds } from './browser.ts';
import { sharedBrowser } from './sharedBrowser.ts';

const baseURL = inject('baseURL');
const browser = sharedBrowser();


const CHART_IDS = builtChartIds();
const cases = CHART_IDS.flatMap((id) => (['ko', 'en'] as const).map((locale) => ({ id, locale })));

/** EXPORT_MARGIN in src/charts/shared/standalone.ts, in SVG units (1× PNG pixels). */
const MARGIN = 24;
/** Browser fonts measure a little differently from the bundled one the wrapping assumes. */
const SLACK = 2;

describe.each(cases)('$id ($locale) downloads', ({ id, locale }) => {
	it('SVG has title, takeaway, sources and credit, and no text in the margin', async () => {
		const page = await browser().newPage();
		await page.goto(`${baseURL}/charts/${id}-${locale}.svg`);
		const result = await page.evaluate(
			([margin, slack]) => {
				const root = document.documentElement as unknown as SVGSVGElement;
				const { width, height } = root.viewBox.baseVal;
				const texts = [...root.querySelectorAll('text')].filter((t) => (t.textContent ?? '').trim() !== '');
				const outside = texts
					.map((t) => ({ t: t.textContent!.slice(0, 40), r: t.getBoundingClientRect() }))
					.filter(({ r }) => r.left < margin - slack || r.top < margin - slack || r.right > width - margin + slack || r.bottom > height - margin + slack)
					.map(({ t, r }) => `"${t}" at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)} in ${width}×${height}`);
				return { outside, all: texts.map((t) => t.textContent ?? '').join('\n') };
			},
			[MARGIN, SLACK] as const,
		);
		await page.close();
		expect(result.outside).toEqual([]);
		expect(result.all).toMatch(locale === 'ko' ? /출처: / : /Sources: /);
		expect(result.all).toMatch(locale === 'ko' ? /데이터 버전 [0-9a-f]{12}/ : /data version [0-9a-f]{12}/);
	});

	it('PNG at 1× and 2× are the same image, with a background-only margin', async () => {
		const page = await browser().newPage();
		await page.goto(`${baseURL}/charts/${id}/`);
		const result = await page.evaluate(
			async ([files, margin]) => {
				const load = (src: string) =>
					new Promise<HTMLImageElement>((resolve, reject) => {
						const img = new Image();
						img.onload = () => resolve(img);
						img.onerror = reject;
						img.src = src;
					});
				const out: { zoom: number; width: number; height: number; dirty: number }[] = [];
				for (const [zoom, src] of [
					[1, `${files}.png`],
					[2, `${files}@2x.png`],
				] as const) {
					const img = await load(src);
					const canvas = document.createElement('canvas');
					canvas.width = img.naturalWidth;
					canvas.height = img.naturalHeight;
					const ctx = canvas.getContext('2d')!;
					ctx.drawImage(img, 0, 0);
					const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
					const band = (margin - 4) * zoom;
					let dirty = 0;
					for (let y = 0; y < height; y++) {
						for (let x = 0; x < width; x++) {
							if (x >= band && x < width - band && y >= band && y < height - band) continue;
							const i = (y * width + x) * 4;
							if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) dirty++;
						}
					}
					out.push({ zoom, width, height, dirty });
				}
				return out;
			},
			[`/charts/${id}-${locale}`, MARGIN] as const,
		);
		if (id === 'cost-vs-announced' || id === 'timeline') {
			await page.goto(`${baseURL}/charts/${id}-${locale}.png`);
			await page.screenshot({ path: artifactPath(`export-${id}-${locale}.png`), fullPage: true });
		}
		await page.close();
		const [one, two] = result;
		expect(one!.dirty).toBe(0);
		expect(two!.dirty).toBe(0);
		expect([two!.width, two!.height]).toEqual([one!.width * 2, one!.height * 2]);
	});
});
