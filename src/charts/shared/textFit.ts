// Ships to the browser: rough text metrics, so labels can be wrapped and kept apart before any DOM exists.
/**
 * Plot's own wrapping (`lineWidth`) measures Hangul like a Latin `e`, about half its real width, so
 * Korean labels overflow. These estimates count Hangul and other wide glyphs as a full em, and Latin
 * at DejaVu Sans's widths or a little over (the face system-ui gives Chromium on Linux, the widest
 * of the common ones), so a label that fits here fits on a phone's narrower system face too.
 */

const NARROW = /[ .,:;'’|!()[\]·]/;
const WIDE = /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

/**
 * Bold Latin glyphs are wider than regular ones: in DejaVu Sans, the widest of the faces system-ui
 * gives (Chromium on Linux, where the tests run), 10–20% wider than the regular estimate. Bold
 * Hangul keeps its width.
 */
const BOLD_LATIN = 1.18;

/** Estimated width in px of one line of `text` at `fontSize` px, set in bold when `bold`. */
export function textWidth(text: string, fontSize: number, bold = false): number {
	let ems = 0;
	const latin = bold ? BOLD_LATIN : 1;
	for (const ch of text) {
		if (WIDE.test(ch)) ems += 0.95;
		else if (NARROW.test(ch)) ems += 0.32 * latin;
		else if (/[A-Z0-9₩%]/.test(ch)) ems += 0.69 * latin;
		else ems += 0.575 * latin;
	}
	return ems * fontSize;
}

/**
 * Splits `text` at spaces into lines no wider than `maxWidth` px. A word wider than that breaks after
 * a hyphen, dash, slash or middle dot (Early- / termination, 롯데카드· / 정보유출), and a Korean word
 * still too wide breaks between syllables, as Korean text may; only a Latin word with no such place to
 * break may still exceed the width.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
	return text.split('\n').flatMap((paragraph) => {
		const lines: string[] = [];
		let line = '';
		for (const word of paragraph.split(' ')) {
			for (const [i, piece] of wordPieces(word, maxWidth, fontSize, bold).entries()) {
				const next = line ? `${line}${i === 0 ? ' ' : ''}${piece}` : piece;
				if (line && textWidth(next, fontSize, bold) > maxWidth) {
					lines.push(line);
					line = piece;
				} else line = next;
			}
		}
		lines.push(line);
		return lines;
	});
}

/** A word as the pieces it may break between: itself when it fits. */
function wordPieces(word: string, maxWidth: number, fontSize: number, bold: boolean): string[] {
	if (textWidth(word, fontSize, bold) <= maxWidth) return [word];
	return (word.match(/[^-–/·]+[-–/·]*|[-–/·]+/g) ?? [word]).flatMap((part) =>
		textWidth(part, fontSize, bold) > maxWidth && WIDE.test(part) ? [...part] : [part],
	);
}

/** Wraps and keeps at most `maxLines` lines, ending a cut text with an ellipsis. */
export function clampLines(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
	const lines = wrapText(text, maxWidth, fontSize);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
	return kept;
}
