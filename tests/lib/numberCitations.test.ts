import { describe, expect, it } from 'vitest';
import { REFERENCES_PLACEHOLDER, insertReferenceList, numberCitations, type Citation } from '../../src/lib/references/numberCitations.ts';

const marker = (ids: string) => `<span class="src" data-sources="${ids}"></span>`;
const cite = (cs: readonly Citation[]) => `[${cs.map((c) => `${c.n}:${c.id}`).join(',')}]`;

describe('numberCitations', () => {
	it('numbers sources by first citation and reuses a number for a source cited again', () => {
		const page = `<p>a${marker('s2 s1')}</p><p>b${marker('s3')}</p><p>c${marker('s1')}</p>`;
		const r = numberCitations(page, cite);
		expect(r.html).toBe('<p>a[1:s2,2:s1]</p><p>b[3:s3]</p><p>c[2:s1]</p>');
		expect(r.cited).toEqual(['s2', 's1', 's3']);
	});

	it('leaves a page without markers untouched', () => {
		const page = '<p>No figures here <span class="src">kept</span></p>';
		expect(numberCitations(page, cite)).toEqual({ html: page, cited: [] });
	});

	it('drops an empty marker', () => {
		expect(numberCitations(`x${marker('')}y`, cite).html).toBe('xy');
	});
});

describe('insertReferenceList', () => {
	it('fills the placeholder with the list', () => {
		expect(insertReferenceList(`<main>x${REFERENCES_PLACEHOLDER}</main>`, '<ol></ol>', ['s1'], '/')).toBe('<main>x<ol></ol></main>');
	});

	it('removes the placeholder when the page cites nothing', () => {
		expect(insertReferenceList(`<main>${REFERENCES_PLACEHOLDER}</main>`, '<ol></ol>', [], '/')).toBe('<main></main>');
	});

	it('refuses a page that cites sources but has nowhere to list them', () => {
		expect(() => insertReferenceList('<main>x</main>', '<ol></ol>', ['s1'], '/en/brief/')).toThrow(
			'/en/brief/: cites 1 source(s) but has no reference list',
		);
	});
});
