// Ships to the browser: brings a live element's children in line with freshly rendered ones.
/**
 * Re-rendering the results with innerHTML on every keyboard step rebuilt a few hundred elements and
 * made the browser restyle and lay out all of them; most steps change only some numbers. This walks
 * the live children beside the new ones and touches only what differs: a text node's value, an
 * attribute, or, where the structure differs, the one node that changed. Plain DOM calls, so it
 * runs on any DOM (tests use linkedom).
 */
import { ENTITIES } from './html.ts';

/** Attributes the reader owns: a `<details>` they opened stays open when the numbers inside change. */
const READER_STATE = new Set(['open']);

function syncAttributes(live: Element, next: Element): void {
	for (const { name } of [...live.attributes]) {
		if (!next.hasAttribute(name) && !READER_STATE.has(name)) live.removeAttribute(name);
	}
	for (const { name, value } of [...next.attributes]) {
		if (live.getAttribute(name) !== value) live.setAttribute(name, value);
	}
}

/** Makes `live`'s children equal to `next`'s, moving nodes out of `next` where they are new. */
export function patchChildren(live: Node, next: Node): void {
	const wanted = [...next.childNodes];
	wanted.forEach((node, i) => {
		const current = live.childNodes[i];
		if (!current) {
			live.appendChild(node);
		} else if (current.nodeType !== node.nodeType || current.nodeName !== node.nodeName) {
			live.replaceChild(node, current);
		} else if (current.nodeType === 1) {
			// Most rows do not change on a step; one native comparison skips the whole subtree.
			if (current.isEqualNode(node)) return;
			syncAttributes(current as Element, node as Element);
			patchChildren(current, node);
		} else if (current.nodeValue !== node.nodeValue) {
			current.nodeValue = node.nodeValue;
		}
	});
	while (live.childNodes.length > wanted.length) live.removeChild(live.lastChild!);
}

/** Patches `live` to hold `html`, parsed off-document in a template so nothing lays out twice. */
export function patchHtml(live: Element, html: string): void {
	const template = live.ownerDocument.createElement('template');
	template.innerHTML = html;
	patchChildren(live, template.content);
}

/** The references `esc` writes, read back; text holding any other reference takes the parsing path. */
const DECODE: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(ENTITIES).map(([char, ref]) => [ref, char]));

/** Splits HTML into alternating text and tags: even indices are text (maybe empty), odd ones tags. */
const splitTags = (html: string): string[] => html.split(/(<[^>]*>)/);

/**
 * The cheap path for a step that changes only numbers: when `html` has exactly the tags of
 * `shownHtml`, the HTML `live` was last patched to, only text differs, so the changed text nodes
 * are set in place, with no parsing and one walk over the element's text nodes. The k-th non-empty
 * text run of the HTML is the k-th text node of the element: the renderers write valid HTML with no
 * <pre> or <textarea>, so the parser neither drops nor moves text. If the counts disagree, or a
 * changed run holds a reference `esc` does not write, it returns false, changes nothing, and the
 * caller parses instead.
 */
export function patchText(live: Element, shownHtml: string, html: string): boolean {
	const before = splitTags(shownHtml);
	const after = splitTags(html);
	if (before.length !== after.length) return false;
	for (let i = 1; i < after.length; i += 2) if (before[i] !== after[i]) return false;
	const changes = new Map<number, string>();
	let textIndex = 0;
	for (let i = 0; i < after.length; i += 2) {
		const next = after[i]!;
		if ((before[i] === '') !== (next === '')) return false;
		if (next === '') continue;
		if (next !== before[i]) {
			const decoded = next.replace(/&[^;]*;/g, (ref) => DECODE[ref] ?? '\u0000');
			if (decoded.includes('\u0000')) return false;
			changes.set(textIndex, decoded);
		}
		textIndex++;
	}
	const walker = live.ownerDocument.createTreeWalker(live, 4 /* NodeFilter.SHOW_TEXT */);
	const nodes: Node[] = [];
	for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
	if (nodes.length !== textIndex) return false;
	for (const [i, value] of changes) if (nodes[i]!.nodeValue !== value) nodes[i]!.nodeValue = value;
	return true;
}
