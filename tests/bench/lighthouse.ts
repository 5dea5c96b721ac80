/**
 * Lighthouse (mobile profile, the npm package) against the locally served build, driving Debian's
 * Chromium through its remote-debugging port.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../e2e/browser.ts';
import { CHROMIUM_PATH } from '../support/chromiumPath.ts';

export interface LighthouseScores {
	url: string;
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	/** Largest Contentful Paint in the simulated mobile run, ms. */
	lcpMs: number;
}

export async function runLighthouse(urls: string[], port = 9333): Promise<LighthouseScores[]> {
	const chrome = spawn(
		CHROMIUM_PATH,
		[...CHROMIUM_ARGS, '--headless=new', `--remote-debugging-port=${port}`, `--user-data-dir=${mkdtempSync(join(tmpdir(), 'lh-'))}`, 'about:blank'],
		{ stdio: 'ignore' },
	);
	try {
		await waitForPort(port);
		const out: LighthouseScores[] = [];
		for (const url of urls) {
			const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', formFactor: 'mobile' });
			const c = result!.lhr.categories;
			const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
			const lcpMs = Math.round(result!.lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN);
			out.push({ url, performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'), lcpMs });
		}
		return out;
	} finally {
		chrome.kill();
	}
}

async function waitForPort(port: number): Promise<void> {
	for (let i = 0; i < 100; i++) {
		try {
			const r = await fetch(`http://127.0.0.1:${port}/json/version`);
			if (r.ok) return;
		} catch {
			// not up yet
		}
		await new Promise((ok) => setTimeout(ok, 100));
	}
	throw new Error(`Chromium did not open its debugging port ${port}`);
}
