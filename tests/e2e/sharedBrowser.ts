/**
 * One Chromium per browser-test file: launched before the file's tests and closed after them.
 * `const browser = sharedBrowser();` at the top of a file, then `browser().newPage()` in a test.
 * (Kept apart from browser.ts, which the benchmarks import outside Vitest.)
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';

export function sharedBrowser(): () => BrowserContext {
	let context: BrowserContext | undefined;
	beforeAll(async () => {
		context = await launchBrowser();
	});
	afterAll(async () => {
		await context?.close();
	});
	return () => {
		if (!context) throw new Error('the browser is used before beforeAll launched it');
		return context;
	};
}
