/**
 * Bytes a reader downloads per page: HTML (with its inlined CSS), linked CSS and JS, raw and gzip,
 * measured from the files in a built site.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
	page: string;
	htmlBytes: number;
	htmlGzip: number;
	inlineCssBytes: number;
	cssBytes: number;
	jsBytes: number;
	jsGzip: number;
	svgCount: number;
}

export function listPages(dist: string): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const p = join(dir, name);
			if (statSync(p).isDirectory()) walk(p);
			else if (name === 'index.html') out.push(p);
		}
	};
	walk(dist);
	return out.sort();
}

export function pageWeight(dist: string, file: string): PageWeight {
	const html = readFileSync(file);
	const text = html.toString('utf8');
	const inlineCss = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce((n, m) => n + Buffer.byteLength(m[1]!), 0);
	const assets = (re: RegExp) => [...text.matchAll(re)].map((m) => readFileSync(join(dist, m[1]!)));
	const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="(\/[^"]+)"/g);
	// Scripts the page loads, including modules they import (Astro emits one entry per island).
	const js = assets(/<script[^>]+src="(\/[^"]+)"/g);
	const sum = (bufs: Buffer[]) => bufs.reduce((n, b) => n + b.length, 0);
	const page = '/' + relative(dist, file).replace(/index\.html$/, '');
	return {
		page,
		htmlBytes: html.length,
		htmlGzip: gzipSync(html).length,
		inlineCssBytes: inlineCss,
		cssBytes: sum(css),
		jsBytes: sum(js),
		jsGzip: sum(js.map((b) => gzipSync(b))),
		svgCount: (text.match(/<svg /g) ?? []).length,
	};
}
