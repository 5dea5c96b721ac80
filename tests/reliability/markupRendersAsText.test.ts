/**
 * Markup in data renders as text: one fixture site (tests/fixtures/data) is built with HTML put into
 * labels, definitions, names, source titles and publishers. Every page that shows such a value must
 * show it as text — escaped in the HTML, never an element — and the CSV / JSON downloads must carry
 * the raw text, not HTML entities.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/buildSite.ts';
import { copyFixture, mutateYaml } from '../support/fixtureData.ts';
import { builtPages, filesUnder, type BuiltPage } from './support/builtSite.ts';

const MARKUP = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><b>bold</b>'] as const;

/** Where each payload goes: file (relative to data/), a setter, and a readable name. */
interface Placement {
	name: string;
	file: string;
	set: (doc: any, value: string) => void;
}

const PLACEMENTS: Placement[] = [
	{ name: 'figure label (ko)', file: 'incidents/ex-2025.yaml', set: (d, v) => (d.figures[0].label.ko = v) },
	{ name: 'figure label (en)', file: 'incidents/ex-2025.yaml', set: (d, v) => (d.figures[0].label.en = v) },
	{ name: 'figure definition (ko)', file: 'incidents/ex-2025.yaml', set: (d, v) => (d.figures[0].definition.ko = v) },
	{ name: 'figure definition (en)', file: 'incidents/ex-2025.yaml', set: (d, v) => (d.figures[0].definition.en = v) },
	{ name: 'event label (ko)', file: 'incidents/ex-2025.yaml', set: (d, v) => (d.events[0].label.ko = v) },
	{ name: 'event label (en)', file: 'incidents/ex-2025.yaml', set: (d, v) => (d.events[0].label.en = v) },
	{ name: 'remedy label (ko)', file: 'incidents/ex-2025.yaml', set: (d, v) => (d.remedies[0].label.ko = v) },
	{ name: 'remedy label (en)', file: 'incidents/ex-2025.yaml', set: (d, v) => (d.remedies[0].label.en = v) },
	{ name: 'outcome label (en)', file: 'incidents/ex-2025.yaml', set: (d, v) => (d.outcomes[0].label.en = v) },
	{ name: 'incident short name (en)', file: 'incidents/ex-2025.yaml', set: (d, v) => (d.shortName.en = v) },
	{ name: 'incident company (ko)', file: 'incidents/ex-2025.yaml', set: (d, v) => (d.company.ko = v) },
	{ name: 'source title', file: 'sources/example.yaml', set: (d, v) => (d[0].title = v) },
	{ name: 'source publisher', file: 'sources/example.yaml', set: (d, v) => (d[0].publisher = v) },
	{ name: 'second source title', file: 'sources/example.yaml', set: (d, v) => (d[1].title = v) },
	{ name: 'second source publisher', file: 'sources/example.yaml', set: (d, v) => (d[1].publisher = v) },
	{ name: 'benchmark name (en)', file: 'benchmarks/ex-bench-2020.yaml', set: (d, v) => (d.name.en = v) },
	{ name: 'remedy description (en)', file: 'incidents/ex-2025.yaml', set: (d, v) => (d.remedies[0].description.en = v) },
	{ name: 'remedy parameter label (ko)', file: 'incidents/ex-2025.yaml', set: (d, v) => (d.remedies[0].parameters[0].label.ko = v) },
	{ name: 'benchmark remedy label (en)', file: 'benchmarks/ex-bench-2020.yaml', set: (d, v) => (d.remedies[0].label.en = v) },
];

/** Each placement gets one of the markups and a unique marker, so a page shows whose value it is. */
const PAYLOADS = PLACEMENTS.map((p, i) => ({ ...p, marker: `mk${i}q`, value: `${MARKUP[i % MARKUP.length]} mk${i}q` }));

const DANGEROUS = [/<script>alert/i, /<img src=x/i, /<b>bold<\/b>/i];

let root = '';
let build: BuildResult;
let pages: BuiltPage[] = [];

beforeAll(() => {
	root = copyFixture();
	for (const p of PAYLOADS) mutateYaml(root, p.file, (d) => p.set(d, p.value));
	build = buildSite(join(root, 'data'), root);
	if (build.status !== 0) throw new Error(`fixture build failed:\n${build.output.slice(-3000)}`);
	pages = builtPages(build.outDir);
	console.log(`markup fixture: built ${pages.length} pages in ${(build.ms / 1000).toFixed(1)} s`);
}, 180_000);

afterAll(() => {
	if (root) rmSync(root, { recursive: true, force: true });
});

/**
 * The HTML with every quoted attribute value emptied. Inside a quoted value `<` is only text (HTML
 * escapes just the quote and `&` there), so markup can only take effect outside one — and a value
 * whose quote was not escaped ends early, leaving the rest of it here to be caught. Raw-text
 * elements (script, style, textarea, title) are kept whole: a `</script>` inside a JSON block is
 * exactly the break-out to catch.
 */
function outsideAttributeValues(html: string): string {
	let out = '';
	let i = 0;
	while (i < html.length) {
		const lt = html.indexOf('<', i);
		if (lt < 0) {
			out += html.slice(i);
			break;
		}
		out += html.slice(i, lt);
		const open = /^<([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(lt, lt + 80));
		if (!open) {
			const end = html.startsWith('<!--', lt) ? html.indexOf('-->', lt) + 3 : lt + 1;
			out += html.slice(lt, end > lt ? end : html.length);
			i = end > lt ? end : html.length;
			continue;
		}
		let j = lt + open[0].length;
		out += open[0];
		while (j < html.length && html[j] !== '>') {
			const c = html[j]!;
			if (c === '"' || c === "'") {
				const end = html.indexOf(c, j + 1);
				out += c + c;
				j = end < 0 ? html.length : end + 1;
			} else {
				out += c;
				j++;
			}
		}
		out += '>';
		i = j + 1;
		const name = open[1]!.toLowerCase();
		if (['script', 'style', 'textarea', 'title'].includes(name) && html[j - 1] !== '/') {
			const close = html.toLowerCase().indexOf(`</${name}`, i);
			const end = close < 0 ? html.length : close;
			out += html.slice(i, end);
			i = end;
		}
	}
	return out;
}

/** The text a reader sees or a tool reads from a page: text nodes (not scripts or styles) and attribute values. */
function readableText(page: BuiltPage): string {
	const parts: string[] = [];
	for (const el of page.document.querySelectorAll('*')) {
		const tag = el.tagName.toLowerCase();
		for (const name of el.getAttributeNames()) parts.push(el.getAttribute(name) ?? '');
		if (tag === 'script' || tag === 'style') continue;
		// Adjacent text nodes are one run of text (linkedom splits text at character references).
		let run = '';
		for (const node of el.childNodes) {
			if (node.nodeType === 3) run += node.textContent ?? '';
			else if (run) (parts.push(run), (run = ''));
		}
		if (run) parts.push(run);
		// SVG text split into <tspan>s still reads as one label.
		if (tag === 'text' || tag === 'title' || tag === 'desc') parts.push(el.textContent ?? '');
	}
	return parts.join('\n');
}

/** Minimal RFC 4180 reader: enough to get cells back exactly as written. */
function csvCells(text: string): string[] {
	const cells: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
			else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === ',' || c === '\n' || c === '\r') (cells.push(cell), (cell = ''));
		else cell += c;
	}
	cells.push(cell);
	return cells;
}

function jsonStrings(value: unknown, out: string[] = []): string[] {
	if (typeof value === 'string') out.push(value);
	else if (Array.isArray(value)) for (const v of value) jsonStrings(v, out);
	else if (value && typeof value === 'object') for (const v of Object.values(value)) jsonStrings(v, out);
	return out;
}

describe('the raw-markup scan itself', () => {
	it('ignores markup inside a quoted attribute value, and catches it in text, after an unescaped quote or in a script block', () => {
		const scan = (html: string) => DANGEROUS.some((re) => re.test(outsideAttributeValues(html)));

		expect(scan('<a title="x <b>bold</b> &quot;<img src=x>">t</a><p>&lt;b&gt;bold&lt;/b&gt;</p>')).toBe(false);
		expect(scan('<p><b>bold</b></p>')).toBe(true);
		expect(scan('<a title="x"><b>bold</b>">t</a>')).toBe(true);
		expect(scan('<script type="application/json">{"a":"<script>alert(1)</script>"}</script>')).toBe(true);
	});
});

describe('markup in data renders as text (fixture site with HTML in its data)', () => {
	it('no built page or SVG contains the markup as markup: no <script>alert, <img src=x or <b>bold</b> outside quoted attribute values', () => {
		const raw: string[] = [];
		for (const file of filesUnder(build.outDir).filter((f) => /\.(html|svg)$/.test(f))) {
			const text = outsideAttributeValues(readFileSync(join(build.outDir, file), 'utf8'));
			for (const re of DANGEROUS) {
				const m = re.exec(text);
				if (m) raw.push(`${file}: ${re.source} in …${text.slice(Math.max(0, m.index - 120), m.index + 40)}…`);
			}
		}
		const injected: string[] = [];
		for (const page of pages) {
			const d = page.document;
			if (d.querySelectorAll('img[src="x"], img[onerror]').length > 0) injected.push(`${page.file}: <img src=x>`);
			if ([...d.querySelectorAll('b')].some((b) => b.textContent === 'bold')) injected.push(`${page.file}: <b>bold</b>`);
			if ([...d.querySelectorAll('script')].some((s) => (s.textContent ?? '').trim() === 'alert(1)')) injected.push(`${page.file}: <script>alert(1)</script>`);
			// A data block that a value broke out of no longer parses.
			for (const s of d.querySelectorAll('script[type="application/json"], script[type="application/ld+json"]')) {
				try {
					JSON.parse(s.textContent ?? '');
				} catch {
					injected.push(`${page.file}: a JSON <script> block no longer parses`);
				}
			}
		}

		expect(raw).toEqual([]);
		expect(injected).toEqual([]);
	});

	it('every page that shows a value shows all of it as text, and every value is shown on some page', () => {
		const notText: string[] = [];
		const shownOn = new Map<string, string[]>();
		for (const page of pages) {
			const text = readableText(page);
			for (const p of PAYLOADS) {
				if (!page.html.includes(p.marker)) continue;
				shownOn.set(p.name, [...(shownOn.get(p.name) ?? []), page.url]);
				if (!text.includes(p.value)) {
					const at = page.html.indexOf(p.marker);
					notText.push(`${page.file}: ${p.name} is not shown as the text ${JSON.stringify(p.value)}: …${page.html.slice(Math.max(0, at - 150), at + 20)}…`);
				}
			}
		}
		const summary = PAYLOADS.map((p) => `${p.name}: ${shownOn.get(p.name)?.length ?? 0} pages`).join('; ');
		console.log(`markup fixture: ${summary}`);

		expect(notText).toEqual([]);
		expect(PAYLOADS.filter((p) => !shownOn.has(p.name)).map((p) => p.name)).toEqual([]);
	});

	it('the CSV and JSON downloads carry the raw text, not HTML entities', () => {
		const downloads = filesUnder(build.outDir).filter((f) => /\.(csv|json)$/.test(f) && !f.endsWith('.schema.json'));
		const wrong: string[] = [];
		const carried = new Set<string>();
		for (const file of downloads) {
			const text = readFileSync(join(build.outDir, file), 'utf8').replace(/^\uFEFF/, '');
			if (/&lt;|&gt;|&quot;|&#\d+;/.test(text)) wrong.push(`${file}: contains HTML entities`);
			const strings = file.endsWith('.json') ? jsonStrings(JSON.parse(text)) : csvCells(text);
			for (const s of strings) {
				for (const p of PAYLOADS) {
					if (!s.includes(p.marker)) continue;
					if (s.includes(p.value)) carried.add(p.name);
					else wrong.push(`${file}: ${p.name} is ${JSON.stringify(s)}, not the raw ${JSON.stringify(p.value)}`);
				}
			}
		}
		const dataset = JSON.parse(readFileSync(join(build.outDir, 'data', 'dataset.json'), 'utf8')) as unknown;
		const inDataset = new Set(jsonStrings(dataset));

		expect(downloads).toContain('data/dataset.json');
		expect(wrong).toEqual([]);
		for (const p of PAYLOADS.filter((x) => x.file !== 'benchmarks/ex-bench-2020.yaml')) {
			expect(inDataset.has(p.value), `${p.name} in data/dataset.json`).toBe(true);
		}
		expect(carried.size).toBeGreaterThan(0);
	});
});
