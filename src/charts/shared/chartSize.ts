// Ships to the browser: the two drawing widths and the text sizes every chart is laid out with.
/**
 * Each chart is drawn twice at build time, and charts.css shows the one that fits its column, so text
 * is never scaled below the sizes here. WIDE_WIDTH fits the content column on a desktop screen;
 * NARROW_WIDTH fits a 390 px phone after the page padding and a scrollbar. charts.css switches at
 * WIDE_WIDTH (keep its container query in step with this number).
 */
export const WIDE_WIDTH = 640;
export const NARROW_WIDTH = 340;

/** Body text of a chart (tick labels, value labels, key). */
export const FONT = 13;
/** The smallest text a chart may draw (dense labels), still legible unscaled. */
export const SMALL_FONT = 12;
/** Headings inside a chart (panel and group titles). */
export const HEADING_FONT = 14;

/** True when a chart is laid out for a phone: charts then stack or wrap what sits side by side. */
export const isNarrow = (width: number): boolean => width < WIDE_WIDTH;
