/** Serves dist/ (built by `npm test` before Vitest starts) for the browser tests. */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';

let server: StaticServer | undefined;

export async function setup(project: TestProject) {
	if (!existsSync('dist/index.html')) {
		throw new Error('dist/ is missing: run `npm run build` first (npm test does this for you).');
	}
	server = await startStaticServer('dist');
	project.provide('baseURL', server.url);
}

export async function teardown() {
	await server?.close();
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}
