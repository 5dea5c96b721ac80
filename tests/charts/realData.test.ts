/**
 * The few chart tests that read data/: every chart in the catalogue builds from the real dataset in
 * both locales, with something to say and only known sources. Everything finer runs on fixtures.
 */
import { existsSync } from 'node:fs';
import { csvParseRows } from 'd3';
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../../src/charts/catalogue.ts';
import { toCsv } from '../../src/charts/shared/toCsv.ts';
import { loadDataset } from '../../src/lib/data/loadDataset.ts';
import { LOCALES } from '../../src/lib/format/locale.ts';

const data = loadDataset();
const cases = CHARTS.flatMap((entry) => LOCALES.map((locale) => ({ entry, locale })));

describe('every chart on the real data', () => {
	it.each(cases)('$entry.id builds from data/ ($locale) with a takeaway, rows and known sources', ({ entry, locale }) => {
		const chart = entry.build(data, locale);

		expect(chart.id).toBe(entry.id);
		expect(chart.empty).toBeUndefined();
		expect(chart.takeaway.length).toBeGreaterThan(20);
		expect(chart.rows.length).toBeGreaterThan(0);
		expect(chart.sources.filter((s: string) => !data.sourceById.has(s))).toEqual([]);
		expect(toCsv(chart, locale, data.sourceById).trimEnd().split('\r\n')).toHaveLength(chart.rows.length + 1);
	});

	it.each(cases)('$entry.id CSV ($locale) has no fractions of a won and names its sources with their addresses', ({ entry, locale }) => {
		const [header, ...body] = csvParseRows(toCsv(entry.build(data, locale), locale, data.sourceById).replace(/^\uFEFF/, ''));
		const numbers = body.flat().filter((c) => /^-?\d+(\.\d+)?$/.test(c));

		expect(numbers.filter((c) => (Math.abs(Number(c)) >= 100 && c.includes('.')) || /\.\d{5,}$/.test(c))).toEqual([]);
		const sources = header!.indexOf(locale === 'ko' ? '출처' : 'Sources');
		expect(sources).toBeGreaterThanOrEqual(0);
		// A row drawing nothing sourced (a remedy not offered) has an empty cell.
		for (const row of body) expect(row[sources]).toMatch(/^$|^[^;]+ \(https?:\/\/[^)]+\)(; [^;]+ \(https?:\/\/[^)]+\))*$/);
	});

	it.each(CHARTS.map((c) => c.id))('%s is the name of its folder in src/charts', (id) => {
		expect(existsSync(`src/charts/${id}/index.ts`)).toBe(true);
	});
});
