/**
 * Runs `astro build` on a data directory into its own output and cache dirs (never touching dist/).
 * A preview build unless `env` says otherwise (site.config.json has no public origin to build for).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface BuildResult {
	status: number | null;
	output: string;
	outDir: string;
	ms: number;
}

export function buildSite(dataDir: string, workDir: string, env: Record<string, string> = {}): BuildResult {
	const outDir = join(workDir, 'dist');
	const started = performance.now();
	const r = spawnSync('node_modules/.bin/astro', ['build'], {
		encoding: 'utf8',
		env: {
			...process.env,
			DATA_DIR: dataDir,
			OUT_DIR: outDir,
			CACHE_DIR: join(workDir, 'cache'),
			ASTRO_TELEMETRY_DISABLED: '1',
			PREVIEW_BUILD: '1',
			...env,
		},
	});
	return { status: r.status, output: `${r.stdout}\n${r.stderr}`, outDir, ms: performance.now() - started };
}
