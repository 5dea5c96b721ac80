/**
 * Astro writes one Content-Security-Policy for the whole site into every page: the hashes of every
 * script and stylesheet any page inlines (about 1 KB that gzip cannot shrink). This narrows a page's
 * policy to what the page itself carries: a page without scripts gets `script-src 'none'`, and
 * style-src keeps only the hashes of the page's own <style> elements. A page whose inline styles are
 * not all in Astro's list is left as it is, so this can only take permissions away.
 */
import { createHash } from 'node:crypto';

const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const HASH = /^'sha(256|384|512)-/;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export function narrowPagePolicy(html: string): string {
	const meta = CSP_META.exec(html);
	if (!meta) return html;
	const hasScript = /<script\b/i.test(html);
	const styleHashes = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => sha256(m[1]!));
	const directives = meta[2]!
		.split(';')
		.map((d) => d.trim())
		.filter(Boolean)
		.map((d) => {
			const [name, ...sources] = d.split(/\s+/);
			if (name === 'script-src' && !hasScript) return "script-src 'none'";
			if (name === 'style-src' && styleHashes.every((h) => sources.includes(h))) {
				return [name, ...sources.filter((s) => !HASH.test(s)), ...new Set(styleHashes)].join(' ');
			}
			return d;
		});
	return html.replace(CSP_META, `$1${directives.join(';')};$3`);
}
