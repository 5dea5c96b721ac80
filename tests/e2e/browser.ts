/**
 * Launches Debian's Chromium through playwright-core and watches every page for the things a reader
 * must never meet: console errors, uncaught exceptions, failed requests, third-party requests and
 * Content-Security-Policy violations.
 */
import { mkdtempSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from '../support/chromiumPath.ts';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export async function launchBrowser(): Promise<BrowserContext> {
	return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'remedies-e2e-')), {
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: CHROMIUM_ARGS,
		viewport: { width: 1280, height: 900 },
		locale: 'ko-KR',
		timezoneId: 'Asia/Seoul',
	});
}

/** What watch() reports on a page that met none of those things. */
export const NO_PROBLEMS: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], thirdPartyRequests: [], cspViolations: [] };

export interface PageProblems {
	consoleErrors: string[];
	pageErrors: string[];
	failedRequests: string[];
	thirdPartyRequests: string[];
	cspViolations: string[];
}

/** Records problems on `page` from now on; the returned object fills as the page works. */
export function watch(page: Page, baseURL: string): PageProblems {
	const origin = new URL(baseURL).origin;
	const p: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], thirdPartyRequests: [], cspViolations: [] };
	page.on('console', (msg) => {
		if (msg.type() !== 'error') return;
		const text = msg.text();
		(/Content Security Policy/i.test(text) ? p.cspViolations : p.consoleErrors).push(text);
	});
	page.on('pageerror', (err) => p.pageErrors.push(String(err)));
	page.on('requestfailed', (req) => p.failedRequests.push(`${req.url()} ${req.failure()?.errorText ?? ''}`));
	page.on('response', (res) => {
		if (res.status() >= 400) p.failedRequests.push(`${res.url()} HTTP ${res.status()}`);
	});
	page.on('request', (req) => {
		const url = req.url();
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) p.thirdPartyRequests.push(url);
	});
	return p;
}

/** Where screenshots go: git-ignored test artifacts. */
export function artifactPath(name: string): string {
	const dir = join('tests', 'artifacts', 'screenshots');
	mkdirSync(dir, { recursive: true });
	return join(dir, name);
}

/** Every chart page the build wrote (dist/charts/<id>/; the downloads beside them are files). */
export function builtChartIds(dist = 'dist'): string[] {
	return readdirSync(join(dist, 'charts'), { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => d.name);
}
