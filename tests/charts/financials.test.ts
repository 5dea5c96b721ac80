import { describe, expect, it } from 'vitest';
import { financialsChart } from '../../src/charts/financials/index.ts';
import { financialRows, quarterMarks } from '../../src/charts/financials/rows.ts';
import { quarterOf, quarterRange } from '../../src/charts/shared/quarter.ts';
import { renderSvg } from '../../src/charts/shared/render.ts';
import { alpha, beta } from '../fixtures/carriers.ts';
import { quarterlyProfit } from '../fixtures/incidents.ts';

const en = { locale: 'en', width: 720 } as const;

describe('quarters', () => {
	it('quarterOf(date) and quarterRange(from, to) count calendar quarters', () => {
		expect(quarterOf('2025-04-22')).toBe('2025-Q2');
		expect(quarterOf('2025-12-31')).toBe('2025-Q4');
		expect(quarterRange('2024-Q4', '2025-Q2')).toEqual(['2024-Q4', '2025-Q1', '2025-Q2']);
	});
});

describe('financialRows', () => {
	it('financialRows(incidents) keeps consolidated quarterly operating profit only', () => {
		const rows = financialRows([beta()], 'en');

		expect(rows.map((r) => [r.quarter, r.value])).toEqual([
			['2025-Q1', 420e9],
			['2025-Q2', 430e9],
			['2025-Q3', 380e9],
			['2025-Q4', 150e9],
		]);
	});

	it('quarterMarks(incidents) marks disclosure, every quarter a waiver touches, and fines', () => {
		const spanning = beta({ events: [...beta().events.filter((e) => e.kind !== 'waiver-window'), { ...beta().events.find((e) => e.kind === 'waiver-window')!, date: '2025-12-31', endDate: '2026-01-13' }] });

		expect(quarterMarks([alpha()], 'en').map((m) => [m.what, m.quarter])).toEqual([
			['disclosure', '2025-Q1'],
			['waiver', '2025-Q2'],
			['fine', '2025-Q3'],
		]);
		expect(quarterMarks([spanning], 'en').filter((m) => m.what === 'waiver').map((m) => m.quarter)).toEqual(['2025-Q4', '2026-Q1']);
	});
});

describe('financialsChart', () => {
	it('financialsChart(incidents) takeaway compares the weakest quarter after disclosure with the quarter before', () => {
		expect(financialsChart([alpha(), beta()], en).takeaway).toBe(
			'In the weakest quarter after disclosure, operating profit was 89% below the quarter before at Alpha (₩50 billion in Q3 2025) and 65% below the quarter before at Beta (₩150 billion in Q4 2025).',
		);
	});

	it('financialsChart(incidents) takeaway follows the data', () => {
		const steady = beta({ financials: quarterlyProfit([['2025-Q2', 400e9], ['2025-Q3', 410e9], ['2025-Q4', 420e9]]) });

		expect(financialsChart([steady], en).takeaway).toBe('Beta never fell below the quarter before disclosure.');
	});

	it('financialsChart(incidents) breaks the line at a quarter without a figure and says so', () => {
		const gap = beta({ financials: quarterlyProfit([['2025-Q1', 400e9], ['2025-Q3', 380e9], ['2025-Q4', 150e9]]) });
		const model = financialsChart([gap], en);
		const svg = renderSvg(model.plot, 't');

		expect(/aria-label="line"[^>]*><path d="([^"]+)"/.exec(svg)![1]!.match(/M/g)).toHaveLength(2);
		expect(model.notes.join(' ')).toContain('Quarters without a figure break the line: Beta Q2 2025.');
	});

	it('financialsChart(incidents) marks incident quarters with labelled rules and lists events outside the range', () => {
		const model = financialsChart([alpha()], en);
		const svg = renderSvg(model.plot, 't');
		const late = alpha({ financials: quarterlyProfit([['2024-Q4', 1e11], ['2025-Q1', 2e11]]) });

		expect(svg).toContain('stroke-dasharray="3,3"');
		expect(svg).toContain('Alpha disclosed');
		expect(financialsChart([late], en).notes.join(' ')).toContain('Events in quarters outside the plotted results: Alpha fee waiver (May 1, 2025) → Q2 2025');
	});
});
