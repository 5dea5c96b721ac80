import { describe, expect, it } from 'vitest';
import { COMPONENT_IDS, defaultScenario, runModel } from '../../src/lib/model/index.ts';
import { enabledMask, evaluateInto } from '../../src/lib/model/evaluate.ts';
import { paramView } from '../../src/lib/model/paramView.ts';
import { PARAMETER_COUNT, PARAMETER_INDEX } from '../../src/lib/model/parameters.ts';
import { phasedCost, phasedValue, tieOutRow } from '../../src/lib/model/tieOut.ts';
import type { TieOutInput } from '../../src/lib/model/index.ts';
import { expectClose, realModel } from './support/realInputs.ts';

/** A parameter view with the given values and zeros elsewhere. */
function view(values: Record<string, number>) {
	const v = new Float64Array(PARAMETER_COUNT);
	for (const [k, x] of Object.entries(values)) v[PARAMETER_INDEX[k as keyof typeof PARAMETER_INDEX]] = x;
	return paramView(v);
}

const allOn = enabledMask(Object.fromEntries(COMPONENT_IDS.map((id) => [id, true])) as Record<(typeof COMPONENT_IDS)[number], boolean>);

describe('phasedCost', () => {
	const tieOut: TieOutInput = {
		reported: [],
		phasing: [
			{ incident: 'x', component: 'fine', shares: { '2025-Q3': 100 }, basis: { ko: '-', en: '-' }, sources: [] },
			{ incident: 'x', component: 'data-allowance', shares: { '2025-Q3': 40, '2025-Q4': 60 }, basis: { ko: '-', en: '-' }, sources: [] },
			{ incident: 'x', component: 'waiver-departures', months: { '2025-Q3': 2.5 }, basis: { ko: '-', en: '-' }, sources: [] },
		],
	};
	const p = view({
		fine: 100_000_000_000,
		// Data: 1,000,000 users × 3 GB × 5 months × 400 won = 6,000,000,000.
		mnoCustomers: 2_000_000,
		unlimitedShare: 50,
		dataUserShare: 100,
		dataGbPerMonth: 50,
		dataExtraGbUsed: 3,
		dataMonths: 5,
		dataCostPerGb: 400,
		// Waiver departures: 100,000 × 50% × 30,000 × 60% = 900,000,000 a month.
		excessLeavers: 100_000,
		waiverAttribution: 50,
		arpu: 30_000,
		contributionMargin: 60,
		churnHorizonMonths: 24,
	});

	const costs = new Float64Array(COMPONENT_IDS.length);
	evaluateInto(p, allOn, costs);
	const at = (quarter: string, mask = allOn, incident = 'x') => phasedValue(phasedCost(tieOut, incident, quarter, mask), p, costs);

	it('phasedCost(…, Q3) adds each component’s share of its cost and months of its monthly margin, by hand', () => {
		// 100bn + 40% × 6bn + 2.5 × 0.9bn = 100 + 2.4 + 2.25 = 104.65bn
		expectClose(at('2025-Q3'), 104_650_000_000);
		expectClose(at('2025-Q4'), 3_600_000_000);
	});

	it('phasedCost leaves out components switched off and other incidents’ phasing', () => {
		const noFine = Uint8Array.from(allOn);
		noFine[COMPONENT_IDS.indexOf('fine')] = 0;

		expectClose(at('2025-Q3', noFine), 4_650_000_000);
		expect(at('2025-Q3', allOn, 'y')).toBe(0);
	});
});

describe('tieOutRow', () => {
	it('tieOutRow(reported, modelled) leaves as unexplained the change less known items plus the modelled cost', () => {
		const reported = {
			incident: 'x',
			quarter: '2025-Q4',
			operatingProfit: 100,
			operatingProfitYearBefore: 400,
			nonBreach: [{ label: { ko: '-', en: '-' }, effect: -120, sources: ['s'] }],
			note: { ko: '-', en: '-' },
			sources: ['s'],
		};

		const row = tieOutRow(reported, { central: 150, mean: 150, p5: 100, p50: 150, p95: 220 }, 0, true);

		// Change −300; known items −120; the model explains 150 of the remaining −180, leaving −30.
		expect(row.reportedChange).toBe(-300);
		expect(row.nonBreachTotal).toBe(-120);
		expect(row.unexplained).toEqual({ central: -30, mean: -30, p5: -80, p50: -30, p95: 40 });
	});

	it('runModel(inputs, SKT) ties out Q3 2025 with the fine flagged as not tax-deductible', () => {
		const { inputs } = realModel();
		const r = runModel(inputs, defaultScenario(inputs, 'skt-2025'), { draws: 2000 });
		const q3 = r.tieOut.find((t) => t.quarter === '2025-Q3')!;
		const fine = r.components.find((c) => c.id === 'fine')!.cost.central;

		expect(r.tieOut.map((t) => t.quarter)).toEqual(['2025-Q2', '2025-Q3', '2025-Q4']);
		expect(q3.nonDeductible).toBe(fine);
		expect(q3.modelled.p50).toBeGreaterThan(fine);
		expect(q3.comparable).toBe(true);
	});
});
