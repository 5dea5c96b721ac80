import { describe, expect, it } from 'vitest';
import { counterfactuals, defaultScenario, runModel, totalOf, type Scenario, type Stats } from '../../src/lib/model/index.ts';
import { modelResultsDocument } from '../../src/lib/model/modelResultsDocument.ts';
import { ModelResultsSchema } from '../../src/schemas/modelResults.ts';
import { realModel } from './support/realInputs.ts';

const { inputs } = realModel();

/** Every scenario the site publishes: both real packages and every named counterfactual. */
const SCENARIOS: { id: string; scenario: Scenario }[] = [
	...inputs.incidents.map((i) => ({ id: i.id, scenario: defaultScenario(inputs, i.id) })),
	...counterfactuals(inputs).map((c) => ({ id: c.id, scenario: c.scenario })),
];

/**
 * Quantities whose all-inputs-central value may fall outside their own P5–P95, each with the reason
 * the methodology page gives. There are none: every input's central is its median.
 */
const EXCEPTIONS: ReadonlyMap<string, string> = new Map();

describe('the headline', () => {
	it('P5 ≤ all-inputs-central ≤ P95 for every component, block and total of every published scenario', () => {
		const outside: string[] = [];
		const check = (where: string, s: Stats) => {
			// A tiny slack for sums of draws that are all equal to the central value.
			const slack = 1e-9 * Math.max(1, Math.abs(s.central));
			if (s.central < s.p5 - slack || s.central > s.p95 + slack) outside.push(where);
		};
		for (const { id, scenario } of SCENARIOS) {
			const r = runModel(inputs, scenario);
			for (const c of r.components) check(`${id}/component/${c.id}`, c.cost);
			for (const b of r.blocks) check(`${id}/block/${b.id}`, b.cost);
			for (const t of r.totals) check(`${id}/total/${t.id}`, t.cost);
		}

		expect(outside.filter((w) => !EXCEPTIONS.has(w))).toEqual([]);
	});

	it('modelResultsDocument(inputs) publishes P50 as each headline and validates against its JSON contract', () => {
		const doc = modelResultsDocument(inputs, { draws: 2000 });

		expect(ModelResultsSchema.safeParse(doc).success).toBe(true);
		expect(doc.runs.map((r) => r.id)).toEqual(SCENARIOS.map((s) => s.id));
		const kt = doc.runs.find((r) => r.id === 'kt-2025')!;
		const run = runModel(inputs, defaultScenario(inputs, 'kt-2025'), { draws: 2000 });
		expect(kt.totals.find((t) => t.id === 'remedy')!.p50).toBe(totalOf(run, 'remedy').cost.p50);
		expect(kt.totals.map((t) => t.id)).toEqual(['remedy', 'breach', 'pending', 'security']);
		expect(new Set(kt.components.map((c) => c.block))).toEqual(new Set(['remedies', 'churn', 'sanctions', 'security']));
	});
});

describe('counterfactuals', () => {
	it('counterfactuals(inputs) offers KT’s own package plus SKT’s one-month 50% discount, KT’s MVNO users left out', () => {
		const plus = counterfactuals(inputs).find((c) => c.id === 'kt-2025-plus-skt-2025-discount')!;
		const own = defaultScenario(inputs, 'kt-2025');

		expect(plus.scenario.values.discountRate).toBe(50);
		expect(plus.scenario.values.discountMonths).toBe(1);
		expect(plus.scenario.values.discountMvnoCoverage).toBe(0);
		// Everything KT offered stays on.
		for (const id of ['ott-voucher', 'fraud-insurance', 'data-allowance', 'fee-waiver', 'security-investment'] as const) {
			expect(plus.scenario.components[id], id).toBe(own.components[id]);
		}
		const a = runModel(inputs, own, { draws: 2000 });
		const b = runModel(inputs, plus.scenario, { draws: 2000 });
		expect(totalOf(b, 'remedy').cost.central).toBeGreaterThan(totalOf(a, 'remedy').cost.central);
		expect(totalOf(b, 'security').cost.central).toBe(totalOf(a, 'security').cost.central);
	});

	it('counterfactuals(inputs) swap customer remedies both ways and hold departures, sanctions and security fixed', () => {
		for (const [a, b] of [['kt-2025', 'skt-2025'], ['skt-2025', 'kt-2025']] as const) {
			const cf = counterfactuals(inputs).find((c) => c.id === `${a}-with-${b}-remedies`)!;
			const own = runModel(inputs, defaultScenario(inputs, a), { draws: 2000 });
			const swapped = runModel(inputs, cf.scenario, { draws: 2000 });

			for (const block of ['churn', 'sanctions', 'security'] as const) {
				expect(swapped.blocks.find((x) => x.id === block)!.cost.central, `${cf.id} ${block}`).toBe(own.blocks.find((x) => x.id === block)!.cost.central);
			}
			expect(totalOf(swapped, 'remedy').cost.central).not.toBe(totalOf(own, 'remedy').cost.central);
		}
	});
});
