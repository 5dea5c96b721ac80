import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { narrowPagePolicy } from '../../../src/lib/csp/pagePolicy.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const CSS_A = 'body{color:red}';
const CSS_B = 'p{margin:0}';
const policy = `default-src 'none';img-src 'self' data:;script-src 'self' 'sha256-AAA=' 'sha256-BBB=';style-src 'self' ${hash(CSS_A)} ${hash(CSS_B)};`;
const page = (head: string, body = '') => `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="${policy}">${head}</head><body>${body}</body></html>`;
const cspOf = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)![1]!;

describe('narrowPagePolicy', () => {
	it('gives a page without scripts script-src none and keeps only its own style hashes', () => {
		const csp = cspOf(narrowPagePolicy(page(`<style>${CSS_A}</style>`)));
		expect(csp).toContain("script-src 'none';");
		expect(csp).toContain(`style-src 'self' ${hash(CSS_A)};`);
		expect(csp).not.toContain(hash(CSS_B));
		expect(csp).toContain("default-src 'none';img-src 'self' data:;");
	});

	it('leaves script-src alone on a page with a script', () => {
		const csp = cspOf(narrowPagePolicy(page(`<style>${CSS_A}</style>`, '<script type="module" src="/_astro/x.js"></script>')));
		expect(csp).toContain("script-src 'self' 'sha256-AAA=' 'sha256-BBB=';");
	});

	it('leaves style-src alone when a style on the page is not in the site policy', () => {
		const csp = cspOf(narrowPagePolicy(page('<style>h1{}</style>')));
		expect(csp).toContain(`style-src 'self' ${hash(CSS_A)} ${hash(CSS_B)};`);
	});

	it('leaves a page without a policy untouched', () => {
		expect(narrowPagePolicy('<p>x</p>')).toBe('<p>x</p>');
	});
});
