import { defineConfig } from 'vitest/config';

// Unit, data, chart and model tests run in Node; browser tests live under tests/e2e and drive a real
// Chromium against the built site (see tests/e2e/README in the README's Testing section).
export default defineConfig({
	test: {
		root: new URL('..', import.meta.url).pathname,
		include: ['tests/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000,
		hookTimeout: 120_000,
	},
});
