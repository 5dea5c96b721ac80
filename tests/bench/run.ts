/**
 * `npm run bench`: the performance report. Not part of `npm test` (timings are reported as figures,
 * never asserted). Writes bench-report/report.json and report.md (git-ignored) and prints a summary.
 *
 * Measures: cold and warm build time and peak memory; per-page HTML/CSS/JS bytes (raw, gzip), and in
 * Chromium against the site served with gzip (as any static host serves it): requests, bytes
 * transferred and DOM size; Lighthouse (mobile) for every page type in both languages, and the
 * overview's LCP against a reference page of three build-time charts and a paragraph; the explorer's
 * interaction latency for keyboard steps (Event Timing, unthrottled and at 4× CPU slowdown); the
 * model's full-recompute time; and build time and page weight with 2, 20 and 200 incidents.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { benchModel } from './model.ts';
import { runLighthouse, type LighthouseScores } from './lighthouse.ts';
import { medianScores } from './medianScores.ts';
import { listPages, pageWeight } from './pageWeight.ts';
import { measureScaling } from './scaling.ts';
import { measurePageLoads } from './pageLoad.ts';
import { REFERENCE_PATH, writeReferencePage } from './referencePage.ts';
import { measureExplorerLatency, type LatencyFigures } from './explorerLatency.ts';
import { startStaticServer } from '../support/staticServer.ts';

const NODE = 'node_modules/.bin/node';
const quick = process.argv.includes('--quick');

function buildOnce(): { ms: number; maxRssMb: number } {
	const out = execFileSync(NODE, ['tests/bench/buildOnce.ts'], {
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PREVIEW_BUILD: '1' },
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
writeReferencePage('dist');
const server = await startStaticServer('dist', { gzip: true });
console.log('Loading every page in Chromium (requests, bytes transferred, DOM size)…');
const loads = await measurePageLoads(server.url, pages.map((p) => p.page));

/** One page per page type, in both languages. */
const PAGE_TYPES = ['/', '/model/', '/incidents/skt-2025/', '/incidents/skt-2025/record/', '/benchmarks/', '/methodology/', '/data/', '/corrections/', '/brief/', '/charts/scale/', '/embed/scale/'];
const lhTargets = PAGE_TYPES.flatMap((p) => [p, `/en${p}`]).filter((p) => pages.some((x) => x.page === p));
/**
 * A single Lighthouse run on this kind of machine moves by up to eight points (total blocking time
 * follows whatever else the machine is doing), and one latency run by a step or two. So each is run
 * RUNS times, a round over every page at a time, and reported as the median with the range.
 */
const RUNS = quick ? 1 : 3;
const lighthouseRounds: LighthouseScores[][] = [];
for (let round = 1; round <= RUNS; round++) {
	console.log(`Lighthouse on ${lhTargets.length} pages and the reference page (round ${round} of ${RUNS})…`);
	lighthouseRounds.push(await runLighthouse([...lhTargets, REFERENCE_PATH].map((p) => server.url + p)));
}
const lighthouse = medianScores(lighthouseRounds);
const referenceLcp = lighthouse.find((l) => new URL(l.url).pathname === REFERENCE_PATH)!.lcpMs;
const explorerLatencyRuns: LatencyFigures[][] = [];
for (let run = 1; run <= RUNS; run++) {
	console.log(`Explorer interaction latency (run ${run} of ${RUNS})…`);
	explorerLatencyRuns.push(await measureExplorerLatency(server.url + '/model/'));
}
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
	pages: pages.map((p) => ({ ...p, ...(loads.get(p.page) ?? { requests: null, transferBytes: null, domElements: null }) })),
	lighthouse,
	lighthouseRounds,
	referenceLcpMs: referenceLcp,
	explorerLatencyRuns,
	model,
	scaling,
};

const kb = (b: number) => (b / 1024).toFixed(1);
const withRange = (median: number, [lo, hi]: readonly [number, number]) => (lo === hi ? `${median}` : `${median} (${lo}–${hi})`);
/**
 * What the first round trip of a new connection carries: TCP's initial window of 10 segments of
 * 1,460 bytes, as Lighthouse's simulator (lantern TCPConnection) models it. A page over this needs a
 * second round trip before it can paint, 150 ms on the simulated mobile network.
 */
const FIRST_ROUND_TRIP_BYTES = 10 * 1460;
const overviewTransfer = ['/', '/en/'].map((page) => ({ page, bytes: report.pages.find((p) => p.page === page)?.transferBytes ?? null }));
const md = [
	`# Performance report (${report.date.slice(0, 10)})`,
	'',
	`Build: cold ${(cold.ms / 1000).toFixed(1)} s, warm ${(warm.ms / 1000).toFixed(1)} s, peak memory ${report.build.peakRssMb.toFixed(0)} MB.`,
	`Model full recompute (deterministic + ${model.draws} Monte Carlo draws + tornado), slider move: median ${model.medianMs.toFixed(2)} ms, p95 ${model.p95Ms.toFixed(2)} ms over ${model.runs} runs; switching incident (all draws resampled): median ${model.switches.medianMs.toFixed(2)} ms, p95 ${model.switches.p95Ms.toFixed(2)} ms.`,
	'',
	`Explorer, one keyboard step on an assumption field (Event Timing; no entry = within one 16 ms frame), ${RUNS} run(s):`,
	...explorerLatencyRuns[0]!.map((first, i) => {
		const runs = explorerLatencyRuns.map((r) => r[i]!);
		const list = (f: (e: LatencyFigures) => number) => runs.map((e) => f(e).toFixed(0)).join(', ');
		return `- CPU ${first.cpuSlowdown}×: ${first.steps} steps per run; median ${list((e) => e.medianMs)} ms; p98 ${list((e) => e.p98Ms)} ms; max ${list((e) => e.maxMs)} ms`;
	}),
	'',
	'Served with gzip. Transfer = compressed bodies plus headers of every request the page makes.',
	'',
	`Overview in the first round trip (${FIRST_ROUND_TRIP_BYTES.toLocaleString('en')} bytes): ${overviewTransfer.map((o) => `${o.page} ${o.bytes == null ? '–' : `${o.bytes.toLocaleString('en')} bytes, ${o.bytes <= FIRST_ROUND_TRIP_BYTES ? 'fits' : 'DOES NOT FIT'}`}`).join('; ')}.`,
	'',
	'| page | HTML KB | HTML gzip KB | inline CSS KB | JS KB | JS gzip KB | requests | transfer KB | DOM elements | SVG charts |',
	'|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
	...report.pages.map(
		(p) =>
			`| ${p.page} | ${kb(p.htmlBytes)} | ${kb(p.htmlGzip)} | ${kb(p.inlineCssBytes)} | ${kb(p.jsBytes)} | ${kb(p.jsGzip)} | ${p.requests ?? '–'} | ${p.transferBytes == null ? '–' : kb(p.transferBytes)} | ${p.domElements ?? '–'} | ${p.svgCount} |`,
	),
	'',
	`Lighthouse (mobile): the median of ${RUNS} run(s), the range in brackets where the runs differ.`,
	'',
	`| page | performance | accessibility | best practices | SEO | LCP ms | LCP ÷ reference |`,
	'|---|---:|---:|---:|---:|---:|---:|',
	...lighthouse.map(
		(l) =>
			`| ${new URL(l.url).pathname} | ${withRange(l.performance, l.performanceRange)} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${l.lcpMs} | ${(l.lcpMs / referenceLcp).toFixed(2)} |`,
	),
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
spawnSync(NODE, ['tests/bench/buildOnce.ts'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PREVIEW_BUILD: '1' } });
