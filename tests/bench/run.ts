/**
 * `npm run bench`: the performance report. Not part of `npm test` (timings are reported as figures,
 * never asserted). Writes bench-report/report.json and report.md (git-ignored) and prints a summary.
 *
 * Measures: cold and warm build time and peak memory; per-page HTML/CSS/JS bytes (raw, gzip) and
 * requests; Lighthouse (mobile) for every page type in both languages; the model's full-recompute
 * time; and build time and page weight with 2, 20 and 200 incidents.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { benchModel } from './model.ts';
import { runLighthouse } from './lighthouse.ts';
import { listPages, pageWeight } from './pageWeight.ts';
import { measureScaling } from './scaling.ts';
import { countRequests } from './requests.ts';
import { startStaticServer } from '../support/staticServer.ts';

const NODE = 'node_modules/.bin/node';
const quick = process.argv.includes('--quick');

function buildOnce(): { ms: number; maxRssMb: number } {
	const out = execFileSync(NODE, ['tests/bench/buildOnce.ts'], {
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	return JSON.parse(out.trim().split('\n').pop()!);
}

console.log('Building (cold)…');
rmSync('dist', { recursive: true, force: true });
rmSync('node_modules/.astro', { recursive: true, force: true });
const cold = buildOnce();
console.log('Building (warm)…');
const warm = buildOnce();

const pages = listPages('dist').map((p) => pageWeight('dist', p));
const server = await startStaticServer('dist');
console.log('Counting requests per page in Chromium…');
const requests = await countRequests(server.url, pages.map((p) => p.page));

/** One page per page type, in both languages. */
const PAGE_TYPES = ['/', '/model/', '/incidents/skt-2025/', '/benchmarks/', '/methodology/', '/data/', '/corrections/', '/brief/'];
const lhTargets = PAGE_TYPES.flatMap((p) => [p, `/en${p}`]).filter((p) => pages.some((x) => x.page === p));
console.log(`Lighthouse on ${lhTargets.length} pages…`);
const lighthouse = await runLighthouse(lhTargets.map((p) => server.url + p));
await server.close();

console.log('Model recompute…');
const model = await benchModel();

const sizes = quick ? [2, 20] : [2, 20, 200];
const scaling = sizes.map((n) => {
	console.log(`Scaling: ${n} incidents…`);
	return measureScaling(n);
});

const report = {
	date: new Date().toISOString(),
	machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
	build: { coldMs: cold.ms, warmMs: warm.ms, peakRssMb: Math.max(cold.maxRssMb, warm.maxRssMb) },
	pages: pages.map((p) => ({ ...p, requests: requests.get(p.page) ?? null })),
	lighthouse,
	model,
	scaling,
};

const kb = (b: number) => (b / 1024).toFixed(1);
const md = [
	`# Performance report (${report.date.slice(0, 10)})`,
	'',
	`Build: cold ${(cold.ms / 1000).toFixed(1)} s, warm ${(warm.ms / 1000).toFixed(1)} s, peak memory ${report.build.peakRssMb.toFixed(0)} MB.`,
	`Model full recompute (deterministic + ${model.draws} Monte Carlo draws + tornado), slider move: median ${model.medianMs.toFixed(2)} ms, p95 ${model.p95Ms.toFixed(2)} ms over ${model.runs} runs; switching incident (all draws resampled): median ${model.switches.medianMs.toFixed(2)} ms, p95 ${model.switches.p95Ms.toFixed(2)} ms.`,
	'',
	'| page | HTML KB | HTML gzip KB | inline CSS KB | JS KB | JS gzip KB | requests | SVG charts |',
	'|---|---:|---:|---:|---:|---:|---:|---:|',
	...report.pages.map((p) => `| ${p.page} | ${kb(p.htmlBytes)} | ${kb(p.htmlGzip)} | ${kb(p.inlineCssBytes)} | ${kb(p.jsBytes)} | ${kb(p.jsGzip)} | ${p.requests ?? '–'} | ${p.svgCount} |`),
	'',
	'| Lighthouse (mobile) | performance | accessibility | best practices | SEO |',
	'|---|---:|---:|---:|---:|',
	...lighthouse.map((l) => `| ${new URL(l.url).pathname} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} |`),
	'',
	'| incidents | build s | pages | total HTML KB | overview HTML KB (gzip) |',
	'|---:|---:|---:|---:|---:|',
	...scaling.map((s) => `| ${s.incidents} | ${(s.buildMs / 1000).toFixed(1)} | ${s.pages} | ${kb(s.totalHtmlBytes)} | ${kb(s.overviewHtmlBytes)} (${kb(s.overviewHtmlGzip)}) |`),
].join('\n');

mkdirSync('bench-report', { recursive: true });
writeFileSync('bench-report/report.json', JSON.stringify(report, null, 2));
writeFileSync('bench-report/report.md', md + '\n');
console.log('\n' + md + '\n\nWritten to bench-report/report.json and bench-report/report.md');
// Leave dist/ as a normal build of the real data.
spawnSync(NODE, ['tests/bench/buildOnce.ts'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
