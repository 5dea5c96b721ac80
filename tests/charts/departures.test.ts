import { describe, expect, it } from 'vitest';
import { departuresChart } from '../../src/charts/departures/index.ts';
import { departuresRows } from '../../src/charts/departures/rows.ts';
import { renderSvg } from '../../src/charts/shared/render.ts';
import { alpha, beta } from '../fixtures/carriers.ts';
import { makeOutcome } from '../fixtures/incidents.ts';

const en = { locale: 'en', width: 720 } as const;

describe('departuresRows', () => {
	it('departuresRows(incidents) has a row for every day of the window, null where nothing was published', () => {
		const rows = departuresRows([beta()], 'en');

		expect(rows.map((r) => r.day)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		expect(rows.map((r) => r.value)).toEqual([7_000, null, 15_000, 12_000, null, null, 20_000, null]);
	});

	it('departuresRows(incidents) keeps a running total only while no day is missing', () => {
		expect(departuresRows([alpha()], 'en').map((r) => r.cumulative)).toEqual([10_000, 18_000, 27_000, 38_000, 50_000, 60_000]);
		expect(departuresRows([beta()], 'en').map((r) => r.cumulative)).toEqual([7_000, null, null, null, null, null, null, null]);
	});

	it('departuresRows(incidents) uses the preferred waiver outcome and states its basis', () => {
		const rows = departuresRows([beta()], 'en');

		expect(rows[0]).toMatchObject({ outcomeId: 'waiver-departures', unit: 'lines', windowTotal: 90_000, basis: 'gross, MVNO moves included, counted in lines' });
		expect(rows[2]!.note).toBe('Includes Sunday’s backlog');
	});
});

describe('departuresChart', () => {
	it('departuresChart(incidents) breaks the line on unpublished days instead of drawing zero', () => {
		const svg = renderSvg(departuresChart([beta()], en).plot, 't');
		const path = /aria-label="line"[^>]*>\s*<path[^>]* d="([^"]+)"/.exec(svg)![1]!;

		// Published days 1, 3–4 and 7: three pieces, and only days 3–4 are joined by a line.
		expect(path.match(/M/g)).toHaveLength(3);
		expect(path.match(/L/g)).toHaveLength(1);
		expect(svg.match(/<circle/g)).toHaveLength(4);
	});

	it('departuresChart(incidents) states each basis in the legend and notes', () => {
		const model = departuresChart([alpha(), beta()], en);

		expect(model.legend).toEqual([
			{ label: 'Alpha: gross, MVNO moves excluded, counted in people', color: 'var(--series-0)' },
			{ label: 'Beta: gross, MVNO moves included, counted in lines', color: 'var(--series-1)' },
		]);
		expect(model.notes.join(' ')).toContain('Beta: no count was published for 4 of 8 days (day 2, 5, 6, 8)');
	});

	it('departuresChart(incidents) takeaway warns when bases differ and compares daily rates when they match', () => {
		const model = departuresChart([alpha(), beta()], en);
		const sameBasis = beta({ outcomes: [makeOutcome({ window: { start: '2025-11-01', end: '2025-11-08' }, value: 80_000 })] });

		expect(model.takeaway).toBe(
			'During their fee waivers, Alpha 60,000 people in 6 days (gross, MVNO moves excluded) and Beta 90,000 lines in 8 days (gross, MVNO moves included) left; the bases differ, so the totals are not directly comparable.',
		);
		expect(departuresChart([alpha(), sameBasis], en).takeaway).toContain('10,000 people a day at Alpha and 10,000 people a day at Beta');
	});

	it('departuresChart(incidents) offers a cumulative view with the window total as a labelled reference', () => {
		const model = departuresChart([alpha(), beta()], en);
		const svg = renderSvg(model.views![0]!.plot, 't');

		expect(model.views!.map((v) => v.id)).toEqual(['cumulative']);
		expect(svg).toContain('Beta window total');
		expect(svg).toContain('90,000 lines');
	});

	it('departuresChart(incidents) is empty when no incident has a waiver-window departures count', () => {
		expect(departuresChart([alpha({ outcomes: [] })], en).empty?.reason).toBe('No departures data for a fee-waiver window.');
	});
});
