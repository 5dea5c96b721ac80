// @ts-check
import { defineConfig } from 'astro/config';

/** Public origin used for canonical and hreflang links; override with SITE_URL when deploying. */
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';

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
