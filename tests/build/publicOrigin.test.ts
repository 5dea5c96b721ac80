/**
 * The public origin comes from one committed setting (site.config.json). A production build refuses a
 * missing or loopback origin with a message naming the file and field; with a real origin, every
 * absolute URL the build writes starts with it and no page mentions the preview address.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/buildSite.ts';
import { copyFixture } from '../support/fixtureData.ts';
import { filesUnder } from '../reliability/support/builtSite.ts';

function productionBuild(publicOrigin: string | null) {
	const root = copyFixture();
	const config = join(root, 'site.config.json');
	writeFileSync(config, JSON.stringify({ publicOrigin, previewOrigin: 'http://127.0.0.1:4321' }));
	return buildSite(join(root, 'data'), root, { PREVIEW_BUILD: '', SITE_CONFIG: config });
}

describe('public origin', () => {
	it('the committed setting names no loopback origin', () => {
		const committed = JSON.parse(readFileSync('site.config.json', 'utf8')) as { publicOrigin: string | null };
		if (committed.publicOrigin) expect(new URL(committed.publicOrigin).hostname).not.toMatch(/^(localhost|127\.|\[::1\])/);
	});

	it('a production build with a loopback origin stops, naming file, field and reason', () => {
		const r = productionBuild('http://127.0.0.1:4321');
		expect(r.status).not.toBe(0);
		expect(r.output).toMatch(/site\.config\.json: publicOrigin: "http:\/\/127\.0\.0\.1:4321" is a loopback address/);
	});

	it('a production build with no origin stops and says how to set it', () => {
		const r = productionBuild(null);
		expect(r.status).not.toBe(0);
		expect(r.output).toContain('publicOrigin: not set');
	});

	it('a production build writes the public origin into every absolute URL and never the preview address', () => {
		const r = productionBuild('https://remedies.example.org');
		expect(r.status, r.output.slice(-2000)).toBe(0);
		const html = filesUnder(r.outDir).filter((f) => f.endsWith('.html'));
		expect(html.length).toBeGreaterThan(10);
		for (const f of html) {
			const text = readFileSync(join(r.outDir, f), 'utf8');
			expect(text, f).not.toMatch(/127\.0\.0\.1|localhost/);
		}
		const index = readFileSync(join(r.outDir, 'index.html'), 'utf8');
		expect(index).toContain('<link rel="canonical" href="https://remedies.example.org/"');
	});
});
