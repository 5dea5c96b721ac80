/**
 * How build time and page weight grow with the data: N synthetic incidents made by cloning the real
 * incident files under new ids (same sources), built into a temp directory.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { buildSite } from '../support/buildSite.ts';
import { listPages, pageWeight } from './pageWeight.ts';

export interface ScalingPoint {
	incidents: number;
	buildMs: number;
	pages: number;
	totalHtmlBytes: number;
	overviewHtmlBytes: number;
	overviewHtmlGzip: number;
}

export function syntheticData(n: number): string {
	const root = mkdtempSync(join(tmpdir(), `scale-${n}-`));
	cpSync('data', join(root, 'data'), { recursive: true, filter: (src) => !src.includes('/incidents/') || src.endsWith('incidents') });
	const templates = ['skt-2025', 'kt-2025'].map((id) => parse(readFileSync(`data/incidents/${id}.yaml`, 'utf8')));
	for (let i = 0; i < n; i++) {
		const doc = structuredClone(templates[i % 2]);
		const id = i < 2 ? doc.id : `synthetic-${i}`;
		doc.id = id;
		doc.order = i;
		if (i >= 2) {
			doc.shortName = { ko: `가상${i}`, en: `SYN${i}` };
			doc.company = { ko: `가상 통신사 ${i}`, en: `Synthetic carrier ${i}` };
		}
		writeFileSync(join(root, 'data', 'incidents', `${id}.yaml`), stringify(doc));
	}
	return root;
}

export function measureScaling(n: number): ScalingPoint {
	const root = syntheticData(n);
	const r = buildSite(join(root, 'data'), root);
	if (r.status !== 0) throw new Error(`build with ${n} incidents failed:\n${r.output.slice(-2000)}`);
	const pages = listPages(r.outDir).map((p) => pageWeight(r.outDir, p));
	const overview = pages.find((p) => p.page === '/')!;
	return {
		incidents: n,
		buildMs: r.ms,
		pages: pages.length,
		totalHtmlBytes: pages.reduce((a, p) => a + p.htmlBytes, 0),
		overviewHtmlBytes: overview.htmlBytes,
		overviewHtmlGzip: overview.htmlGzip,
	};
}
