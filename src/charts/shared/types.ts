// The contract every chart module fulfils.
import type { PlotOptions } from '@observablehq/plot';
import type { Locale } from '../../lib/format/locale.ts';
import type { KeyEntry } from './chartKey.ts';

/** A column of the data behind a chart: used for the data table and the CSV download. */
export interface ChartColumn<Row> {
	key: string;
	label: Record<Locale, string>;
	/** Cell text for the table (CSV always gets the raw value). */
	format?: (row: Row, locale: Locale) => string;
	value: (row: Row) => string | number | null;
	numeric?: boolean;
}

/** Everything a page needs to show one chart with its furniture; produced by a chart module. */
export interface ChartSpec<Row> {
	id: string;
	title: string;
	/** One sentence a reader can quote, computed from the data. */
	takeaway: string;
	/** Accessible description generated from the data (not hand-typed). */
	description: string;
	notes: string[];
	/** Source ids behind every value drawn. */
	sources: string[];
	rows: Row[];
	columns: ChartColumn<Row>[];
	/** Plot options without `document`; render.ts adds it. */
	plot: PlotOptions;
	/** Views a reader can switch to without JavaScript (e.g. linear vs log scale), each its own SVG. */
	views?: { id: string; label: string; note: string; plot: PlotOptions; /** Its own key, when it draws other things than the default view. */ legend?: KeyEntry[] }[];
	/** Key to every colour and symbol, drawn inside the SVG above the chart (see chartKey.ts). */
	legend?: KeyEntry[];
	/** The same chart (and its views, in order) laid out for a phone; charts.css shows whichever fits. */
	narrow?: { plot: PlotOptions; views: PlotOptions[] };
	/** Set when there is nothing to draw: say why instead of drawing an empty frame. */
	empty?: { reason: string };
}

export interface ChartContext {
	locale: Locale;
	/** Drawing width in px (WIDE_WIDTH or NARROW_WIDTH in chartSize.ts). */
	width: number;
}
