// Ships to the browser: chart colours as CSS custom properties from src/styles/tokens.css,
// so the light, dark and print themes recolour inline SVG without re-rendering it.

/** Number of series colours defined in tokens.css (keep in sync with --series-0 … --series-5). */
const SERIES_COUNT = 6;

export function seriesColor(index: number): string {
	return `var(--series-${index % SERIES_COUNT})`;
}

export const MUTED = 'var(--muted)';
export const RANGE = 'var(--range)';
export const GRID = 'var(--grid)';

/**
 * A label's halo: a stroke of the background colour painted under its glyphs, so a line it has to
 * sit on (a dotted event line, the zero line) breaks around the words instead of striking through them.
 */
export const HALO = { stroke: 'var(--bg)', strokeWidth: 4, strokeLinejoin: 'round', paintOrder: 'stroke' } as const;
