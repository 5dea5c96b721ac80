// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';

/**
 * The origin written into every absolute URL comes from one committed setting, site.config.json
 * (SITE_CONFIG names another file, for tests). A production build (`npm run build`) needs a public
 * origin there and refuses a loopback one, so a deployed page can never carry embed codes that point
 * at a reader's own machine. A preview build (PREVIEW_BUILD=1: `npm start`, `npm test`) uses
 * previewOrigin, and its pages say that their embed codes point at the preview.
 */
function siteOrigin() {
	const file = process.env.SITE_CONFIG ?? 'site.config.json';
	/** @type {{ publicOrigin?: string | null, previewOrigin?: string }} */
	const config = JSON.parse(readFileSync(file, 'utf8'));
	if (process.env.PREVIEW_BUILD === '1') return config.previewOrigin ?? 'http://127.0.0.1:4321';
	const origin = config.publicOrigin;
	const fail = (/** @type {string} */ reason) => {
		throw new Error(`${file}: publicOrigin: ${reason}. Set it to the origin dist/ will be published at (e.g. "https://remedies.example.org") before \`npm run build\`, or run \`npm start\` for a local preview.`);
	};
	if (!origin) return fail('not set');
	let url;
	try {
		url = new URL(origin);
	} catch {
		return fail(`"${origin}" is not an absolute URL`);
	}
	if (!/^https?:$/.test(url.protocol)) return fail(`"${origin}" must be http or https`);
	if (/^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/.test(url.hostname)) return fail(`"${origin}" is a loopback address, which readers cannot reach`);
	return url.origin;
}

const site = siteOrigin();

export default defineConfig({
	site,
	output: 'static',
	// Tests build fixture sites next to the real one; they set OUT_DIR and CACHE_DIR to keep them apart.
	outDir: process.env.OUT_DIR ?? './dist',
	cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
	trailingSlash: 'always',
	i18n: {
		defaultLocale: 'ko',
		locales: ['ko', 'en'],
		routing: { prefixDefaultLocale: false },
	},
	build: {
		// One small stylesheet per page inlined: no render-blocking request, and CSP hashes cover it.
		inlineStylesheets: 'always',
		format: 'directory',
	},
	// Astro hashes every script and style it emits into a <meta http-equiv="content-security-policy">.
	security: {
		csp: {
			directives: [
				"default-src 'none'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"manifest-src 'self'",
				"base-uri 'self'",
				"form-action 'self'",
			],
		},
	},
	devToolbar: { enabled: false },
	// No Markdown code blocks on this site; Shiki's inline styles would also break the CSP.
	markdown: { syntaxHighlight: false },
});
