/**
 * Static checks over a built site (dist/ or a fixture build), each returning the problems it found:
 * internal links and #anchors that do not resolve, pages without a strict Content-Security-Policy,
 * inline code the policy would block, and anything that would make a reader's browser contact
 * another host. Used by builtSite.test.ts (on dist/) and by its self-test (on a planted-defect site).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anchorsOf, cssReferences, fileForPath, filesUnder, readPage, referencesOf, type BuiltPage } from './builtSite.ts';

export interface Site {
	dist: string;
	pages: BuiltPage[];
	/** The origin the site was built for; URLs on it are internal. */
	origin: string;
}

export interface LinkStats {
	links: number;
	anchors: number;
	external: number;
}

const isSkippedScheme = (v: string) => /^(data|mailto|tel|blob):/i.test(v);

/** Every URL a page refers to: attributes, `<style>` blocks and style attributes. */
function urlsOf(page: BuiltPage): { value: string; tag: string; fetched: boolean }[] {
	const refs = referencesOf(page.document).map((r) => ({ value: r.value, tag: r.tag, fetched: r.fetched }));
	for (const style of page.document.querySelectorAll('style')) {
		for (const value of cssReferences(style.textContent ?? '')) refs.push({ value, tag: 'style', fetched: true });
	}
	for (const el of page.document.querySelectorAll('[style]')) {
		for (const value of cssReferences(el.getAttribute('style') ?? '')) refs.push({ value, tag: `${el.tagName.toLowerCase()}[style]`, fetched: true });
	}
	return refs;
}

/** Internal links (href, src, srcset, url()) that do not resolve to a file, or whose #anchor is not an id there. */
export function linkProblems(site: Site, stats: LinkStats = { links: 0, anchors: 0, external: 0 }): string[] {
	const { dist, pages, origin } = site;
	const anchorCache = new Map<string, Set<string>>();
	const anchorsOfFile = (file: string): Set<string> => {
		let ids = anchorCache.get(file);
		if (!ids) {
			if (file.endsWith('.html')) ids = anchorsOf(readPage(dist, file).document);
			else ids = new Set([...readFileSync(join(dist, file), 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
			anchorCache.set(file, ids);
		}
		return ids;
	};
	const broken: string[] = [];
	for (const page of pages) {
		for (const ref of urlsOf(page)) {
			const v = ref.value;
			if (v === '' || v === '#' || isSkippedScheme(v)) continue;
			if (/^javascript:/i.test(v)) {
				broken.push(`${page.file}: <${ref.tag}> ${v}: javascript: URL`);
				continue;
			}
			const url = new URL(v, origin + page.url);
			if (url.origin !== origin) {
				if (ref.tag === 'a') stats.external++;
				continue;
			}
			stats.links++;
			const target = v.startsWith('#') ? page.file : fileForPath(dist, url.pathname);
			if (!target) {
				broken.push(`${page.file}: <${ref.tag}> ${v}: no file for ${url.pathname}`);
				continue;
			}
			if (url.hash.length > 1) {
				stats.anchors++;
				const id = decodeURIComponent(url.hash.slice(1));
				if (!/\.(html|svg)$/.test(target)) broken.push(`${page.file}: <${ref.tag}> ${v}: #${id} on ${target}, which cannot hold anchors`);
				else if (!anchorsOfFile(target).has(id)) broken.push(`${page.file}: <${ref.tag}> ${v}: no id "${id}" in ${target}`);
			}
		}
	}
	return broken;
}

/** Off-site `<a>` links without rel="external" or rel="noopener". */
export function externalLinkProblems(site: Site): string[] {
	const bad: string[] = [];
	for (const page of site.pages) {
		for (const a of page.document.querySelectorAll('a[href], area[href]')) {
			const href = a.getAttribute('href') ?? '';
			if (href === '' || href.startsWith('#') || isSkippedScheme(href) || /^javascript:/i.test(href)) continue;
			if (new URL(href, site.origin + page.url).origin === site.origin) continue;
			const rel = (a.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
			if (!rel.includes('external') && !rel.includes('noopener')) bad.push(`${page.file}: <a href="${href}" rel="${rel.join(' ')}">`);
		}
	}
	return bad;
}

/** Parses a CSP into directive → sources. */
export function parseCsp(policy: string): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), sources);
	}
	return out;
}

function cspMetas(page: BuiltPage): Element[] {
	return [...page.document.querySelectorAll('meta[http-equiv]')].filter((m) => m.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy');
}

const FORBIDDEN_SCRIPT_SOURCES = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", '*', 'data:', 'http:', 'https:', 'blob:'];

/** Pages (every **\/index.html) without one CSP meta in <head>, before any script or style, with a strict script-src. */
export function cspProblems(site: Site): string[] {
	const problems: string[] = [];
	for (const page of site.pages.filter((p) => p.file.endsWith('index.html'))) {
		const metas = cspMetas(page);
		if (metas.length !== 1) {
			problems.push(`${page.file}: ${metas.length} Content-Security-Policy meta tags`);
			continue;
		}
		const meta = metas[0]!;
		if (meta.parentElement?.tagName.toLowerCase() !== 'head') problems.push(`${page.file}: CSP meta is not in <head>`);
		const metaAt = page.html.search(/<meta[^>]+http-equiv="content-security-policy"/i);
		const firstActive = page.html.search(/<(script|style)\b|<link[^>]+rel="stylesheet"/i);
		if (firstActive >= 0 && firstActive < metaAt) problems.push(`${page.file}: a script or style comes before the CSP meta`);
		const csp = parseCsp(meta.getAttribute('content') ?? '');
		const scriptSrc = csp.get('script-src') ?? csp.get('default-src');
		if (!scriptSrc) problems.push(`${page.file}: no script-src or default-src`);
		for (const s of scriptSrc ?? []) if (FORBIDDEN_SCRIPT_SOURCES.includes(s.toLowerCase())) problems.push(`${page.file}: script-src allows ${s}`);
		if (csp.get('object-src') === undefined && !csp.get('default-src')?.includes("'none'")) problems.push(`${page.file}: object-src not restricted`);
	}
	return problems;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const EXECUTABLE_SCRIPT = /^(|text\/javascript|module|application\/javascript)$/i;

/** Inline code the page's own CSP would block: unhashed scripts and styles, style attributes, on* handlers. */
export function inlineCodeProblems(site: Site): string[] {
	const problems: string[] = [];
	for (const page of site.pages.filter((p) => p.file.endsWith('index.html'))) {
		const meta = cspMetas(page)[0];
		if (!meta) continue;
		const csp = parseCsp(meta.getAttribute('content') ?? '');
		const scriptSrc = csp.get('script-src') ?? csp.get('default-src') ?? [];
		const styleSrc = csp.get('style-src') ?? csp.get('default-src') ?? [];
		for (const m of page.html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
			const attrs = m[1]!;
			if (/\ssrc=/i.test(attrs)) continue;
			const type = /\stype="([^"]*)"/i.exec(attrs)?.[1] ?? '';
			if (!EXECUTABLE_SCRIPT.test(type)) continue;
			if (!scriptSrc.includes(sha256(m[2]!))) problems.push(`${page.file}: inline script ${sha256(m[2]!)} is not in script-src`);
		}
		if (!styleSrc.includes("'unsafe-inline'")) {
			for (const m of page.html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
				if (!styleSrc.includes(sha256(m[1]!))) problems.push(`${page.file}: inline <style> ${sha256(m[1]!)} is not in style-src`);
			}
			const styled = page.document.querySelectorAll('[style]').length;
			if (styled > 0) problems.push(`${page.file}: ${styled} style="" attributes, blocked by a style-src without 'unsafe-inline'`);
		}
		for (const el of page.document.querySelectorAll('*')) {
			for (const name of el.getAttributeNames()) {
				if (/^on[a-z]+$/i.test(name)) problems.push(`${page.file}: <${el.tagName.toLowerCase()} ${name}>: inline event handler`);
			}
		}
	}
	return problems;
}

/** References in pages that a browser would fetch (or submit to) from another host. */
export function offsitePageProblems(site: Site): string[] {
	const offsite: string[] = [];
	for (const page of site.pages) {
		for (const ref of urlsOf(page)) {
			if (!ref.fetched && ref.tag !== 'form' && ref.tag !== 'button') continue;
			if (ref.value === '' || isSkippedScheme(ref.value)) continue;
			if (new URL(ref.value, site.origin + page.url).origin !== site.origin) offsite.push(`${page.file}: <${ref.tag}> ${ref.value}`);
		}
		for (const m of page.document.querySelectorAll('meta[http-equiv]')) {
			if (m.getAttribute('http-equiv')!.toLowerCase() === 'refresh') offsite.push(`${page.file}: <meta http-equiv="refresh">`);
		}
	}
	return offsite;
}

/**
 * URL-shaped strings in scripts that are identifiers, never fetched: XML namespaces used to create
 * SVG elements, and the JSON Schema dialect ids in zod's schema code.
 */
const IDENTIFIER_URIS = [
	/^http:\/\/www\.w3\.org\/(1999\/xhtml|2000\/svg|1999\/xlink|XML\/1998\/namespace|2000\/xmlns\/)$/,
	/^https?:\/\/json-schema\.org\/(draft-0[4-7]\/schema#?|draft\/20[0-9]{2}-[0-9]{2}\/schema)$/,
];

/** CSS, JS and SVG assets that refer to another host. */
export function offsiteAssetProblems(site: Site): string[] {
	const offsite: string[] = [];
	const isOffsite = (v: string) => /^(https?:)?\/\//i.test(v) && new URL(v, site.origin).origin !== site.origin;
	for (const file of filesUnder(site.dist).filter((f) => /\.(css|js|mjs|svg)$/.test(f))) {
		const text = readFileSync(join(site.dist, file), 'utf8');
		if (file.endsWith('.css') || file.endsWith('.svg')) {
			for (const v of cssReferences(text)) if (isOffsite(v)) offsite.push(`${file}: url(${v})`);
		}
		if (file.endsWith('.svg')) {
			for (const m of text.matchAll(/\s(?:xlink:)?(?:href|src)="([^"]+)"/g)) if (isOffsite(m[1]!)) offsite.push(`${file}: ${m[0].trim()}`);
		}
		if (/\.m?js$/.test(file)) {
			for (const m of text.matchAll(/https?:\/\/[A-Za-z0-9.-]+(?::\d+)?[^\s"'`)\\]*/g)) {
				if (new URL(m[0]).origin === site.origin || IDENTIFIER_URIS.some((re) => re.test(m[0]))) continue;
				offsite.push(`${file}: ${m[0]}`);
			}
			for (const m of text.matchAll(/["'`]\/\/[A-Za-z0-9-]+\.[A-Za-z0-9.-]+/g)) offsite.push(`${file}: protocol-relative ${m[0].slice(1)}`);
		}
	}
	return offsite;
}
