import { describe, expect, it } from 'vitest';
import { remedyMatrixChart } from '../../src/charts/remedy-matrix/index.ts';
import { remedyMatrixRows } from '../../src/charts/remedy-matrix/rows.ts';
import { renderSvg } from '../../src/charts/shared/render.ts';
import { alpha, beta } from '../fixtures/carriers.ts';
import { makeRemedy } from '../fixtures/incidents.ts';

const en = { locale: 'en', width: 720 } as const;
const ko = { locale: 'ko', width: 720 } as const;

describe('remedyMatrixRows', () => {
	it('remedyMatrixRows(incidents) has one row per offered kind × incident, in REMEDY_KINDS order', () => {
		const rows = remedyMatrixRows([alpha(), beta()], 'en');

		expect([...new Set(rows.map((r) => r.kind))]).toEqual(['bill-discount', 'data-allowance', 'insurance', 'usim-replacement', 'fee-waiver']);
		expect(rows).toHaveLength(10);
	});

	it('remedyMatrixRows(incidents) leaves out fines and security investment', () => {
		const kinds = remedyMatrixRows([alpha(), beta()], 'en').map((r) => r.kind);

		expect(kinds).not.toContain('fine');
		expect(kinds).not.toContain('security-investment');
	});

	it('remedyMatrixRows(incidents) puts parameters and eligibility in short form into the cell terms', () => {
		const rows = remedyMatrixRows([alpha(), beta()], 'en');
		const cell = (id: string, kind: string) => rows.find((r) => r.incidentId === id && r.kind === kind)!;

		expect(cell('alpha-2025', 'bill-discount').terms).toBe('40% · 1 month');
		expect(cell('beta-2025', 'data-allowance').terms).toBe('50 GB a month × 3 months');
		expect(cell('beta-2025', 'fee-waiver').audience).toBe('All customers / Exposed customers');
		expect(cell('alpha-2025', 'bill-discount').window).toBe('Jun 1, 2025~Jun 30, 2025');
		expect(cell('beta-2025', 'bill-discount').offered).toBe(false);
	});
});

describe('remedyMatrixChart', () => {
	it('remedyMatrixChart(incidents) takeaway names what only one carrier offered', () => {
		const model = remedyMatrixChart([alpha(), beta()], en);

		expect(model.takeaway).toBe(
			'Only Alpha offered bill discount and USIM replacement; only Beta offered extra data and fraud insurance; both offered early-termination fee waiver.',
		);
		expect(remedyMatrixChart([alpha(), beta()], ko).takeaway).toBe(
			'요금 할인·유심 교체는 알파만, 데이터 제공·피해 보험은 베타만 제공했고, 위약금 면제는 두 회사 모두 제공했다.',
		);
	});

	it('remedyMatrixChart(incidents) takeaway changes when the data does', () => {
		const withDiscount = beta({ remedies: [makeRemedy(), makeRemedy({ id: 'discount', kind: 'bill-discount', label: { ko: '할인', en: 'Discount' } })] });

		const model = remedyMatrixChart([alpha(), withDiscount], en);

		expect(model.takeaway).toBe('Only Alpha offered USIM replacement; both offered bill discount and early-termination fee waiver.');
	});

	it('remedyMatrixChart(incidents) marks "not offered" with a dash and a dashed outline, not colour alone', () => {
		const model = remedyMatrixChart([alpha(), beta()], en);
		const svg = renderSvg(model.plot, 't');

		expect(svg).toContain('stroke-dasharray="4,3"');
		expect(svg.match(/— not offered/g)).toHaveLength(4);
		expect(model.description).toContain('Beta · Bill discount: not offered');
	});

	it('remedyMatrixChart(incidents) describes every cell it draws', () => {
		const model = remedyMatrixChart([alpha(), beta()], en);

		expect(model.description).toContain('Alpha · Bill discount: All customers: 40% · 1 month Jun 1, 2025~Jun 30, 2025');
		expect(model.sources).toEqual(['syn-s2']);
	});

	it('remedyMatrixChart(incidents) is empty when no customer remedy exists', () => {
		const onlyFine = alpha({ remedies: [makeRemedy({ id: 'fine', kind: 'fine', audience: 'company' })] });

		expect(remedyMatrixChart([onlyFine], en).empty?.reason).toBe('No customer remedies in the data.');
	});
});
