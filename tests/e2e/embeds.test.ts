/**
 * Embeds as a newsroom would use them: a host page on ANOTHER origin (a second static server) pastes
 * the published snippet of every chart, in both languages. At a phone and a tablet width, after the
 * frames load, /embed.js must have grown each iframe to its embed page's height (nothing clipped, no
 * scrollbar inside the frame) and nothing may scroll sideways, in the frames or on the host.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';
import { artifactPath, launchBrowser } from './browser.ts';

const baseURL = inject('baseURL');
let browser: BrowserContext;
let host: StaticServer;
let snippets: { locale: string; chart: string; code: string }[] = [];

/** The snippet exactly as a chart page publishes it, pointed at the server this test run uses. */
function publishedSnippets(): typeof snippets {
	const dist = 'dist';
	const out: typeof snippets = [];
	for (const locale of ['ko', 'en']) {
		// Every chart page the build wrote: dist/charts/<id>/ (the downloads beside them are files).
		const charts = readdirSync(join(dist, 'charts'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
		for (const chart of charts) {
			const page = readFileSync(join(dist, locale === 'ko' ? '' : 'en', 'charts', chart, 'index.html'), 'utf8');
			const raw = /<textarea[^>]*data-embed-code[^>]*>([\s\S]*?)<\/textarea>/.exec(page)![1]!;
			const code = raw.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
			// The build wrote its own origin (the preview origin); the test serves dist/ elsewhere.
			out.push({ locale, chart, code: code.replaceAll(new URL(/src="([^"]+)"/.exec(code)![1]!).origin, baseURL) });
		}
	}
	return out;
}

beforeAll(async () => {
	snippets = publishedSnippets();
	const dir = mkdtempSync(join(tmpdir(), 'remedies-host-'));
	const body = snippets.map((s) => `<section><h2>${s.locale} ${s.chart}</h2>\n${s.code}\n<p>Host text after the chart.</p></section>`).join('\n');
	writeFileSync(join(dir, 'index.html'), `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title><style>body{font-family:sans-serif;margin:0 12px}</style></head><body><h1>A newsroom article</h1>${body}</body></html>`);
	host = await startStaticServer(dir);
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await host?.close();
});

/** Scrolls every frame into view (they load lazily) and waits until each has been sized by /embed.js. */
async function loadAll(page: Page): Promise<void> {
	const frames = page.locator('iframe[data-remedies-embed]');
	const n = await frames.count();
	for (let i = 0; i < n; i++) {
		await frames.nth(i).scrollIntoViewIfNeeded();
		await page.waitForFunction((i) => !!document.querySelectorAll('iframe')[i]!.style.height, i, { timeout: 15_000 });
	}
	// Let late reflows (fonts, the last resize message) settle.
	await page.waitForTimeout(500);
}

describe.each([390, 800])('embedded on another origin at %i px', (width) => {
	it('every iframe is as tall as its chart and nothing scrolls sideways', async () => {
		expect(snippets.length).toBe(20);
		expect(new URL(host.url).origin).not.toBe(new URL(baseURL).origin);
		const page = await browser.newPage();
		await page.setViewportSize({ width, height: 900 });
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(String(e)));
		await page.goto(host.url + '/', { waitUntil: 'load' });
		await loadAll(page);

		const problems: string[] = [];
		const frames = page.locator('iframe[data-remedies-embed]');
		for (let i = 0; i < (await frames.count()); i++) {
			const el = await frames.nth(i).elementHandle();
			const frame = (await el!.contentFrame())!;
			const inner = await frame.evaluate(() => ({
				scrollHeight: document.documentElement.scrollHeight,
				scrollWidth: document.documentElement.scrollWidth,
				clientWidth: document.documentElement.clientWidth,
				scripts: [...document.scripts].map((s) => new URL(s.src).pathname),
			}));
			const height = await el!.evaluate((f) => f.getBoundingClientRect().height);
			const name = snippets[i]!.locale + ' ' + snippets[i]!.chart;
			if (height + 2 < inner.scrollHeight) problems.push(`${name}: iframe ${height}px clips a ${inner.scrollHeight}px page`);
			if (height > inner.scrollHeight + 4) problems.push(`${name}: iframe ${height}px leaves a gap under a ${inner.scrollHeight}px page`);
			if (inner.scrollWidth > inner.clientWidth) problems.push(`${name}: scrolls sideways inside the frame (${inner.scrollWidth} > ${inner.clientWidth})`);
			if (inner.scripts.join() !== '/embed-resize.js') problems.push(`${name}: ships scripts ${inner.scripts.join()}`);
		}
		const hostWidth = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
		if (hostWidth[0]! > hostWidth[1]!) problems.push(`host page scrolls sideways (${hostWidth[0]} > ${hostWidth[1]})`);

		await page.screenshot({ path: artifactPath(`embeds-host-${width}.png`), fullPage: true });
		// A screenful around two charts, to look at: the timeline (tallest) and the scale chart.
		for (const chart of ['timeline', 'scale']) {
			await page.locator('section', { hasText: `ko ${chart}` }).first().evaluate((s) => s.scrollIntoView());
			await page.screenshot({ path: artifactPath(`embeds-host-${width}-${chart}.png`) });
		}
		expect(problems).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('embed resizing is origin-checked', () => {
	it('ignores height messages from any other origin', async () => {
		const page = await browser.newPage();
		await page.goto(host.url + '/', { waitUntil: 'load' });
		await loadAll(page);
		const before = await page.locator('iframe[data-remedies-embed]').first().evaluate((f) => (f as HTMLIFrameElement).style.height);
		// A message posted by the host page itself comes from the host's origin, not the chart site's.
		await page.evaluate(() => window.postMessage({ type: 'remedies:height', height: 3 }, '*'));
		await page.waitForTimeout(200);
		expect(await page.locator('iframe[data-remedies-embed]').first().evaluate((f) => (f as HTMLIFrameElement).style.height)).toBe(before);
		await page.close();
	});
});
