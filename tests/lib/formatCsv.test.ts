import { csvParseRows } from 'd3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsv } from '../../src/lib/format/formatCsv.ts';

describe('formatCsv', () => {
	it('formatCsv(rows) ends every line, the last included, in CRLF', () => {
		expect(formatCsv([['id', 'value'], ['a', 1], ['b', 2]])).toBe('id,value\r\na,1\r\nb,2\r\n');
	});

	it('formatCsv(rows) quotes cells holding a comma, a quote or a line break, doubling quotes', () => {
		expect(formatCsv([['a,b', 'say "hi"', 'two\nlines', 'cr\rhere', 'plain']])).toBe('"a,b","say ""hi""","two\nlines","cr\rhere",plain\r\n');
	});

	it('formatCsv(rows) writes null and undefined as empty cells and numbers and booleans as written', () => {
		expect(formatCsv([[null, undefined, 0, -1.5, true, false, '']])).toBe(',,0,-1.5,true,false,\r\n');
	});

	it('formatCsv(rows) is read back cell for cell by a CSV parser', () => {
		const cell = fc.string({ unit: fc.constantFrom('a', 'Z', '9', ',', '"', '\n', '\r', ' ', '가', '₩') });
		// A line of one empty cell is indistinguishable from no cell at all, so every row has a non-empty first cell.
		const row = fc.tuple(cell.filter((s) => s.length > 0), fc.array(cell, { maxLength: 5 })).map(([first, rest]) => [first, ...rest]);
		fc.assert(
			fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), (rows) => {
				expect(csvParseRows(formatCsv(rows))).toEqual(rows);
			}),
		);
	});
});
