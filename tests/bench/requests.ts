/** Number of network requests each page makes on load, counted in headless Chromium. */
import { launchBrowser } from '../e2e/browser.ts';

export async function countRequests(baseURL: string, paths: string[]): Promise<Map<string, number>> {
	const browser = await launchBrowser();
	const out = new Map<string, number>();
	try {
		for (const path of paths) {
			const page = await browser.newPage();
			let n = 0;
			page.on('request', (r) => {
				if (!r.url().startsWith('data:')) n++;
			});
			await page.goto(baseURL + path, { waitUntil: 'networkidle' });
			out.set(path, n);
			await page.close();
		}
	} finally {
		await browser.close();
	}
	return out;
}
