/**
 * What a reader's browser does to show each page, measured in headless Chromium against the site
 * served with gzip: network requests, bytes transferred (compressed bodies plus headers) and DOM size.
 */
import type { Request } from 'playwright-core';
import { launchBrowser } from '../e2e/browser.ts';

export interface PageLoad {
	requests: number;
	transferBytes: number;
	domElements: number;
}

export async function measurePageLoads(baseURL: string, paths: string[]): Promise<Map<string, PageLoad>> {
	const browser = await launchBrowser();
	const out = new Map<string, PageLoad>();
	try {
		for (const path of paths) {
			const page = await browser.newPage();
			const requests: Request[] = [];
			page.on('requestfinished', (r) => {
				if (!r.url().startsWith('data:')) requests.push(r);
			});
			await page.goto(baseURL + path, { waitUntil: 'networkidle' });
			const sizes = await Promise.all(requests.map((r) => r.sizes()));
			const transferBytes = sizes.reduce((n, s) => n + s.responseBodySize + s.responseHeadersSize, 0);
			const domElements = await page.evaluate(() => document.getElementsByTagName('*').length);
			out.set(path, { requests: requests.length, transferBytes, domElements });
			await page.close();
		}
	} finally {
		await browser.close();
	}
	return out;
}
