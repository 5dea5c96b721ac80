// The data behind a chart as CSV (RFC 4180 quoting), as a spreadsheet reader needs it.
/**
 * Each column reads as the page shows it: a formatted column is written in the page's words (3,202억
 * 원, "Fee waiver"), followed by a column with the value a formula needs — the number, rounded to
 * whole units when it is large (no fractions of a won), or the internal code beside its label. The
 * sources column names each source as "publisher (url)" instead of a bare id.
 */
import { formatCsv, type CsvCell } from '../../lib/format/formatCsv.ts';
import type { Locale } from '../../lib/format/locale.ts';
import type { Source } from '../../schemas/source.ts';
import { t } from '../../i18n/t.ts';
import type { ChartColumn, ChartSpec } from './types.ts';

/** A number as a formula needs it: whole units from 100 up, otherwise at most four decimals. */
export function exactNumber(v: number): number {
	return Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 1e4) / 1e4;
}

const cell = (v: string | number | null): CsvCell => (typeof v === 'number' ? exactNumber(v) : v);

function sourceCell(ids: string, sourceById: ReadonlyMap<string, Source>): string {
	return ids
		.split(' ')
		.filter(Boolean)
		.map((id) => {
			const s = sourceById.get(id);
			return s ? `${s.publisher} (${s.url})` : id;
		})
		.join('; ');
}

/** The CSV columns a chart column becomes: a header and a cell reader for each. */
function csvColumns<Row>(c: ChartColumn<Row>, locale: Locale, sourceById: ReadonlyMap<string, Source>): [string, (r: Row) => CsvCell][] {
	const label = c.label[locale];
	if (c.key === 'sources') return [[t(locale, 'export.csvSources'), (r) => sourceCell(String(c.value(r) ?? ''), sourceById)]];
	if (!c.format) return [[label, (r) => cell(c.value(r))]];
	const shown = (r: Row) => c.format!(r, locale);
	const second = c.numeric ? t(locale, 'export.csvExact', { label }) : t(locale, 'export.csvCode', { label });
	return [
		[label, shown],
		[second, (r) => cell(c.value(r))],
	];
}

export function toCsv(model: ChartSpec<any>, locale: Locale, sourceById: ReadonlyMap<string, Source>): string {
	const columns = model.columns.flatMap((c) => csvColumns(c, locale, sourceById));
	return formatCsv([columns.map(([h]) => h), ...model.rows.map((r) => columns.map(([, read]) => read(r)))]);
}
