import { describe, expect, it } from 'vitest';
import { EMBED_ATTRIBUTE, embedSnippet } from '../../../src/lib/share/embedSnippet.ts';
import { isLocalOrigin } from '../../../src/lib/share/isLocalOrigin.ts';
import { CARD_PNG, shareCardSvg } from '../../../src/lib/share/shareCard.ts';
import { pngSizeOf } from '../../../src/lib/share/shareImage.ts';

describe('share images', () => {
	it('reads the PNG size of a standalone SVG from its root element, at the 2× the PNG is drawn', () => {
		expect(pngSizeOf('<svg xmlns="x" width="720" height="310.5"><svg width="10" height="10"/></svg>')).toEqual({ width: 1440, height: 621 });
	});

	it('draws the summary card at the size Open Graph expects, text escaped and wrapped', () => {
		expect(CARD_PNG).toEqual({ width: 1200, height: 630 });
		const svg = shareCardSvg({ title: 'A & B', tagline: 'word '.repeat(60), footer: 'ex.org' }, new Map([['--bg', '#fff']]));
		expect(pngSizeOf(svg)).toEqual(CARD_PNG);
		expect(svg).toContain('A &amp; B');
		expect(svg).toContain('fill="#fff"');
		// A long tagline wraps and is kept to three lines.
		expect(svg.match(/font-size="18"/g)).toHaveLength(3);
	});
});

describe('embed snippet', () => {
	it('is an iframe marked for /embed.js plus that script, attributes escaped', () => {
		const code = embedSnippet({ src: 'https://ex.org/embed/scale/', script: 'https://ex.org/embed.js', title: 'Say "hi" <b>' });
		expect(code).toContain(`<iframe src="https://ex.org/embed/scale/" title="Say &quot;hi&quot; &lt;b>" ${EMBED_ATTRIBUTE} `);
		expect(code).toContain('<script async src="https://ex.org/embed.js"></script>');
	});

	it('knows a local preview origin from a public one', () => {
		expect(isLocalOrigin(new URL('http://127.0.0.1:4321'))).toBe(true);
		expect(isLocalOrigin(new URL('http://localhost:4321'))).toBe(true);
		expect(isLocalOrigin(new URL('https://remedies.example.org'))).toBe(false);
	});
});
