import { csvParseRows } from 'd3';
import { describe, expect, it } from 'vitest';
import { exactNumber, toCsv } from '../../../src/charts/shared/toCsv.ts';
import type { ChartSpec } from '../../../src/charts/shared/types.ts';
import type { Source } from '../../../src/schemas/source.ts';

interface Row {
	kind: string;
	kindLabel: string;
	won: number;
	sources: string[];
}

const model = {
	id: 't',
	title: 'T',
	takeaway: '',
	description: '',
	notes: [],
	sources: ['syn-s1'],
	plot: {},
	rows: [{ kind: 'fee-waiver', kindLabel: 'Fee waiver', won: 320159673924.5177, sources: ['syn-s1', 'syn-s9'] }],
	columns: [
		{ key: 'kind', label: { ko: '종류', en: 'Kind' }, value: (r) => r.kind, format: (r) => r.kindLabel },
		{ key: 'won', label: { ko: '금액', en: 'Amount' }, value: (r) => r.won, format: () => '₩320.2 billion', numeric: true },
		{ key: 'ratio', label: { ko: '비율', en: 'Ratio' }, value: () => 0.123456789, numeric: true },
		{ key: 'sources', label: { ko: '출처', en: 'Sources' }, value: (r) => r.sources.join(' ') },
	],
} satisfies ChartSpec<Row>;

const sources = new Map<string, Source>([['syn-s1', { id: 'syn-s1', publisher: 'Example Daily', url: 'https://example.com/a' } as Source]]);

describe('toCsv', () => {
	it('toCsv(model) writes the page’s text, then the exact value or the code beside it, and names sources with their address', () => {
		const [header, row] = csvParseRows(toCsv(model, 'en', sources));

		expect(header).toEqual(['Kind', 'Kind (code)', 'Amount', 'Amount (exact)', 'Ratio', 'Sources']);
		expect(row).toEqual(['Fee waiver', 'fee-waiver', '₩320.2 billion', '320159673925', '0.1235', 'Example Daily (https://example.com/a); syn-s9']);
	});

	it('toCsv(model, "ko") labels the added columns in Korean', () => {
		expect(csvParseRows(toCsv(model, 'ko', sources))[0]).toEqual(['종류', '종류 (코드)', '금액', '금액 (정확한 값)', '비율', '출처']);
	});

	it('exactNumber(v) drops fractions of a unit from 100 up and keeps four decimals below', () => {
		expect(exactNumber(320159673924.5177)).toBe(320159673925);
		expect(exactNumber(99.123456)).toBe(99.1235);
		expect(exactNumber(-1234.5)).toBe(-1234);
	});
});
