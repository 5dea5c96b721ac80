import { describe, expect, it } from 'vitest';
import { securityInvestmentChart } from '../../src/charts/security-investment/index.ts';
import { annualProfit, investmentRows } from '../../src/charts/security-investment/rows.ts';
import { alpha, beta } from '../fixtures/carriers.ts';
import { makeFinancial, makeRemedy } from '../fixtures/incidents.ts';

const en = { locale: 'en', width: 720 } as const;
const pick = (rows: ReturnType<typeof investmentRows>, id: string, panel: string) => rows.filter((r) => r.incidentId === id && r.panel === panel);

describe('investmentRows', () => {
	it('investmentRows(incidents) spreads each pledge over its years', () => {
		const rows = investmentRows([alpha(), beta()], 'en');

		expect(pick(rows, 'alpha-2025', 'per-year')[0]).toMatchObject({ kind: 'pledge', value: 100e9, denominator: 5 });
		expect(pick(rows, 'beta-2025', 'per-year')[0]).toMatchObject({ kind: 'pledge', value: 200e9, denominator: 4 });
	});

	it('investmentRows(incidents) divides by the headline subscriber-lines figure and names it', () => {
		const [row] = pick(investmentRows([beta()], 'en'), 'beta-2025', 'per-line');

		expect(row).toMatchObject({ value: 25_000, denominator: 8_000_000, denominatorLabel: 'Subscriber lines, as of 2025-09' });
	});

	it('investmentRows(incidents) compares with the latest consolidated annual operating profit', () => {
		const [row] = pick(investmentRows([alpha()], 'en'), 'alpha-2025', 'share-of-profit');

		expect(row!.denominator).toBe(1_050e9);
		expect(row!.value).toBeCloseTo((100e9 / 1_050e9) * 100, 6);
		expect(row!.denominatorLabel).toBe('2025-FY consolidated operating profit');
	});

	it('annualProfit(incident) falls back to another basis only when no consolidated figure exists', () => {
		const standaloneOnly = alpha({ financials: [makeFinancial({ id: 'op-fy', period: '2025-FY', basis: 'standalone', value: 7e11 })] });

		expect(annualProfit(standaloneOnly)?.basis).toBe('standalone');
		expect(annualProfit(alpha())?.period).toBe('2025-FY');
	});

	it('investmentRows(incidents) finds single-year amounts by a year in the parameter, not by its id', () => {
		const rows = investmentRows([beta()], 'en').filter((r) => r.kind === 'year');

		expect(rows.map((r) => [r.measure, r.value])).toEqual([
			['Plan for 2026', 150e9],
			['Spent in 2024', 90e9],
		]);
	});

	it('investmentRows(incidents) skips a share of profit when the company made a loss', () => {
		const loss = alpha({ financials: [makeFinancial({ id: 'op-fy', period: '2025-FY', value: -1e11 })] });

		expect(pick(investmentRows([loss], 'en'), 'alpha-2025', 'share-of-profit')).toEqual([]);
	});
});

describe('securityInvestmentChart', () => {
	it('securityInvestmentChart(incidents) takeaway is computed from the rows', () => {
		expect(securityInvestmentChart([alpha(), beta()], en).takeaway).toBe(
			'Spread evenly over their years, the security pledges come to ₩200 billion a year at Beta and ₩100 billion a year at Alpha, or 14.5% of Beta’s and 9.5% of Alpha’s latest annual operating profit.',
		);
		expect(securityInvestmentChart([alpha(), beta()], { ...en, locale: 'ko' }).takeaway).toBe(
			'정보보호 투자 약속을 연평균으로 나누면 베타 2,000억원, 알파 1,000억원이며, 최근 연간 영업이익 대비로는 베타 14.5%, 알파 9.5%다.',
		);
	});

	it('securityInvestmentChart(incidents) takeaway changes with the pledge', () => {
		const bigger = alpha({
			remedies: [makeRemedy({ id: 'invest', kind: 'security-investment', audience: 'company', announcedValue: { value: 1.5e12, unit: 'krw', years: 5, scope: { ko: '총액', en: 'Total' }, confidence: 'official', sources: ['syn-s5'] } })],
		});

		expect(securityInvestmentChart([bigger, beta()], en).takeaway).toMatch(/^Spread evenly over their years, the security pledges come to ₩300 billion a year at Alpha/);
	});

	it('securityInvestmentChart(incidents) names units and denominators in every panel and note', () => {
		const model = securityInvestmentChart([alpha(), beta()], en);

		expect(model.notes.join(' ')).toContain('Per-line denominator: Alpha 10,000,000 lines (Subscriber lines, as of 2025-06)');
		expect(model.notes.join(' ')).toContain('Ticks mark amounts the sources give for a single year: Beta Plan for 2026 ₩150 billion');
		expect(model.description).toContain('Beta · Per line, yearly average: ₩25,000 per line a year');
	});

	it('securityInvestmentChart(incidents) says which panels an incident could not be drawn in', () => {
		const noFinancials = alpha({ financials: [] });

		expect(securityInvestmentChart([noFinancials], en).notes.at(-1)).toBe('Not drawn for lack of data: Alpha (against profit).');
	});
});
