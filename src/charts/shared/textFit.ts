// Ships to the browser: rough text metrics, so labels can be wrapped and kept apart before any DOM exists.
/**
 * Plot's own wrapping (`lineWidth`) measures Hangul like a Latin `e`, about half its real width, so
 * Korean labels overflow. These estimates count Hangul and other wide glyphs as a full em.
 */

const NARROW = /[ .,:;'’|!()[\]·]/;
const WIDE = /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

/** Estimated width in px of one line of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const ch of text) {
		if (WIDE.test(ch)) ems += 0.95;
		else if (NARROW.test(ch)) ems += 0.3;
		else if (/[A-Z0-9₩%]/.test(ch)) ems += 0.66;
		else ems += 0.55;
	}
	return ems * fontSize;
}

/** Splits `text` at spaces into lines no wider than `maxWidth` px (a single long word may exceed it). */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
	return text.split('\n').flatMap((paragraph) => {
		const lines: string[] = [];
		let line = '';
		for (const word of paragraph.split(' ')) {
			const next = line ? `${line} ${word}` : word;
			if (line && textWidth(next, fontSize) > maxWidth) {
				lines.push(line);
				line = word;
			} else line = next;
		}
		lines.push(line);
		return lines;
	});
}

/** Wraps and keeps at most `maxLines` lines, ending a cut text with an ellipsis. */
export function clampLines(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
	const lines = wrapText(text, maxWidth, fontSize);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
	return kept;
}
