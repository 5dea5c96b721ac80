/** Reading a built site (dist/ or a fixture build) as files and parsed HTML, for static checks. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';

/** Every file under `dir`, as paths relative to it with `/` separators, sorted. */
export function filesUnder(dir: string): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			const p = join(d, e.name);
			if (e.isDirectory()) walk(p);
			else out.push(relative(dir, p).split(sep).join('/'));
		}
	};
	walk(dir);
	return out.sort();
}

/** Fails with a clear message when the site has not been built. */
export function requireBuilt(dist: string): void {
	if (!existsSync(join(dist, 'index.html'))) {
		throw new Error(`${dist}/ is missing or has no index.html: run \`npm run build\` first (\`npm test\` builds before it tests).`);
	}
}

export interface BuiltPage {
	/** Relative to dist, e.g. `en/benchmarks/index.html`. */
	file: string;
	/** The URL path it is served at, e.g. `/en/benchmarks/`. */
	url: string;
	html: string;
	document: Document;
}

export function urlOfFile(file: string): string {
	return file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

export function readPage(dist: string, file: string): BuiltPage {
	const html = readFileSync(join(dist, file), 'utf8');
	return { file, url: urlOfFile(file), html, document: parseHTML(html).document as unknown as Document };
}

/** Every HTML page of the site. */
export function builtPages(dist: string): BuiltPage[] {
	return filesUnder(dist)
		.filter((f) => f.endsWith('.html'))
		.map((f) => readPage(dist, f));
}

/** A URL a page refers to, with where it came from. */
export interface Reference {
	tag: string;
	attr: string;
	value: string;
	rel: string;
	/** True for references the browser fetches or executes by itself (everything but a, area, form). */
	fetched: boolean;
}

const ATTRS: [selector: string, attr: string][] = [
	['a[href]', 'href'],
	['area[href]', 'href'],
	['link[href]', 'href'],
	['script[src]', 'src'],
	['img[src]', 'src'],
	['img[srcset]', 'srcset'],
	['source[src]', 'src'],
	['source[srcset]', 'srcset'],
	['iframe[src]', 'src'],
	['frame[src]', 'src'],
	['embed[src]', 'src'],
	['video[src]', 'src'],
	['video[poster]', 'poster'],
	['audio[src]', 'src'],
	['track[src]', 'src'],
	['object[data]', 'data'],
	['form[action]', 'action'],
	['button[formaction]', 'formaction'],
	['input[src]', 'src'],
	['use[href]', 'href'],
	['image[href]', 'href'],
	['use[xlink\\:href]', 'xlink:href'],
	['image[xlink\\:href]', 'xlink:href'],
];

export function referencesOf(document: Document): Reference[] {
	const out: Reference[] = [];
	for (const [selector, attr] of ATTRS) {
		let els: Element[];
		try {
			els = [...document.querySelectorAll(selector)];
		} catch {
			continue;
		}
		for (const el of els) {
			const raw = el.getAttribute(attr) ?? '';
			const tag = el.tagName.toLowerCase();
			const values = attr === 'srcset' ? raw.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [raw];
			for (const value of values) {
				out.push({ tag, attr, value: value.trim(), rel: (el.getAttribute('rel') ?? '').toLowerCase(), fetched: !['a', 'area', 'form', 'button'].includes(tag) });
			}
		}
	}
	return out;
}

/** `url(...)` and `@import` targets in a stylesheet or a style attribute. */
export function cssReferences(css: string): string[] {
	const out: string[] = [];
	for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi)) out.push(m[2]!.trim());
	// `@import url(...)` is caught above; this is the bare-string form.
	for (const m of css.matchAll(/@import\s+(['"])([^'"]+)\1/gi)) out.push(m[2]!.trim());
	return out;
}

/** Ids (and `a[name]` anchors) a page offers as fragment targets. */
export function anchorsOf(document: Document): Set<string> {
	const ids = new Set<string>();
	for (const el of document.querySelectorAll('[id]')) ids.add(el.getAttribute('id')!);
	for (const el of document.querySelectorAll('a[name]')) ids.add(el.getAttribute('name')!);
	return ids;
}

/** The file a site path is served from, or undefined (`/x/` → `x/index.html`, `/x` → `x` or `x/index.html`). */
export function fileForPath(dist: string, pathname: string): string | undefined {
	let p: string;
	try {
		p = decodeURIComponent(pathname);
	} catch {
		return undefined;
	}
	const rel = p.replace(/^\/+/, '');
	const candidates = p.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`];
	for (const c of candidates) {
		const abs = join(dist, c);
		if (!abs.startsWith(join(dist)) || !existsSync(abs) || !statSync(abs).isFile()) continue;
		return c;
	}
	return undefined;
}
