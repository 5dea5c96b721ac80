// Ships to the browser: brings a live element's children in line with freshly rendered ones.
/**
 * Re-rendering the results with innerHTML on every keyboard step rebuilt a few hundred elements and
 * made the browser restyle and lay out all of them; most steps change only some numbers. This walks
 * the live children beside the new ones and touches only what differs: a text node's value, an
 * attribute, or, where the structure differs, the one node that changed. Plain DOM calls, so it
 * runs on any DOM (tests use linkedom).
 */

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
