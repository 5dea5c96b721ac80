import { defineConfig } from 'vitest/config';

const root = new URL('..', import.meta.url).pathname;

/**
 * Two projects: `unit` (data, model, charts, formatting: Node only) and `e2e` (a real headless
 * Chromium against the built site in dist/, served by tests/support/staticServer.ts).
 * `npm test` builds the site first; `npm run test:unit` runs only the fast project.
 */
export default defineConfig({
	test: {
		root,
		projects: [
			{
				test: {
					name: 'unit',
					root,
					include: ['tests/**/*.test.ts'],
					exclude: ['tests/e2e/**', 'node_modules/**'],
					environment: 'node',
					testTimeout: 60_000,
				},
			},
			{
				test: {
					name: 'e2e',
					root,
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/e2e/globalSetup.ts'],
					// One browser, pages visited one file at a time: 2 cores are not enough for parallel Chromiums.
					fileParallelism: false,
					testTimeout: 60_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});
