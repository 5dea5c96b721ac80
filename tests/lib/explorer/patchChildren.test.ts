import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { patchHtml, patchText } from '../../../src/lib/explorer/patchChildren.ts';

function live(html: string): Element {
	const { document } = parseHTML(`<!DOCTYPE html><html><body><div id="out">${html}</div></body></html>`);
	return document.getElementById('out')!;
}

describe('patchHtml', () => {
	it('changes only the text that differs, keeping the elements around it', () => {
		const out = live('<table><tbody><tr><th>A</th><td class="num">1억원</td></tr><tr><th>B</th><td>2억원</td></tr></tbody></table>');
		const [first, second] = [...out.querySelectorAll('td')];
		const untouched = second!.firstChild;

		patchHtml(out, '<table><tbody><tr><th>A</th><td class="num">3억원</td></tr><tr><th>B</th><td>2억원</td></tr></tbody></table>');

		expect(out.querySelectorAll('td')[0]).toBe(first);
		expect(first!.textContent).toBe('3억원');
		expect(second!.firstChild).toBe(untouched);
	});

	it('adds, removes and changes attributes, and replaces a node whose kind changed', () => {
		const out = live('<p class="a" data-x="1">x</p><span>y</span><i>gone</i>');

		patchHtml(out, '<p class="b" title="t">x</p><b>y</b>');

		const p = out.querySelector('p')!;
		expect([...p.attributes].map((a) => `${a.name}=${a.value}`).sort()).toEqual(['class=b', 'title=t']);
		expect([...out.children].map((e) => `${e.tagName}:${e.textContent}`)).toEqual(['P:x', 'B:y']);
	});

	it('adds rows that are new', () => {
		const out = live('<ul><li>1</li></ul>');

		patchHtml(out, '<ul><li>1</li><li>2</li></ul>');

		expect(out.innerHTML).toBe('<ul><li>1</li><li>2</li></ul>');
	});

	it('leaves a <details> the reader opened open while its contents change', () => {
		const out = live('<details><summary>Computation</summary><code>1 × 2 = 2</code></details>');
		out.querySelector('details')!.setAttribute('open', '');

		patchHtml(out, '<details><summary>Computation</summary><code>1 × 3 = 3</code></details>');

		expect(out.querySelector('details')!.hasAttribute('open')).toBe(true);
		expect(out.querySelector('code')!.textContent).toBe('1 × 3 = 3');
	});
});

describe('patchText', () => {
	const table = (a: string, b: string) => `<table>\n<tbody><tr><th>A</th><td class="num">${a}</td></tr>\n<tr><th>B</th><td>${b}</td></tr></tbody></table><p>P50 <b>${a}</b></p>`;

	it('sets only the text that changed, in the nodes already there, when the tags are the same', () => {
		const out = live(table('1억원', '2억원'));
		const [first, second] = [...out.querySelectorAll('td')].map((td) => td.firstChild);

		expect(patchText(out, table('1억원', '2억원'), table('3억원', '2억원'))).toBe(true);

		expect(out.querySelector('td')!.firstChild).toBe(first);
		expect(first!.nodeValue).toBe('3억원');
		expect(second!.nodeValue).toBe('2억원');
		expect(out.querySelector('b')!.textContent).toBe('3억원');
		expect(out.innerHTML).toBe(live(table('3억원', '2억원')).innerHTML);
	});

	it('decodes the references esc writes', () => {
		const out = live('<p>a</p>');

		expect(patchText(out, '<p>a</p>', '<p>&lt;5 &amp; &quot;x&quot; &#39;y&#39; &gt;</p>')).toBe(true);

		expect(out.querySelector('p')!.textContent).toBe('<5 & "x" \'y\' >');
	});

	it.each([
		['a tag or attribute differs', '<p class="a">1</p>', '<p class="b">1</p>'],
		['a run of text appears', '<p>1</p><p></p>', '<p>1</p><p>2</p>'],
		['a run of text goes', '<p>1</p><p>2</p>', '<p>1</p><p></p>'],
		['a changed run holds a reference esc does not write', '<p>1</p>', '<p>1&nbsp;000</p>'],
	])('returns false and changes nothing when %s', (_, shown, next) => {
		const out = live(shown);
		const before = out.innerHTML;

		expect(patchText(out, shown, next)).toBe(false);

		expect(out.innerHTML).toBe(before);
	});

	it('returns false when the element no longer holds the text the shown HTML had', () => {
		const out = live('<p>1</p><p>2</p>');
		out.querySelector('p')!.append(' extra');

		expect(patchText(out, '<p>1</p><p>2</p>', '<p>3</p><p>2</p>')).toBe(false);
		expect(out.textContent).toBe('1 extra2');
	});
});
