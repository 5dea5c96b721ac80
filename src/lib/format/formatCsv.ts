/**
 * RFC 4180 CSV text from rows of cells, the one CSV writer behind every download. d3-dsv does the
 * quoting; rows are joined here with CRLF (RFC 4180's line end, which spreadsheet apps expect) rather
 * than d3's LF, row by row so that a line break inside a quoted cell stays as written.
 */
import { csvFormatRow } from 'd3';

/** A cell as a download holds it: raw values, empty for null or undefined. */
export type CsvCell = string | number | boolean | null | undefined;

/** The first row is the header; every line, the last included, ends in CRLF. */
export function formatCsv(rows: readonly (readonly CsvCell[])[]): string {
	// d3's types say strings, but its formatter stringifies any value and writes null and undefined as empty.
	return rows.map((row) => `${csvFormatRow(row as unknown as readonly string[])}\r\n`).join('');
}
