import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { patchHtml } from '../../../src/lib/explorer/patchChildren.ts';

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
