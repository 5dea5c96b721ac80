import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPONENTS, COMPONENT_COUNT } from '../../src/lib/model/components.ts';
import { evaluateInto, totalCost } from '../../src/lib/model/evaluate.ts';
import { PARAMETER_SPECS, type ParamKey, type ParamValues } from '../../src/lib/model/parameters.ts';
import { realModel } from './support/realInputs.ts';

const { inputs } = realModel();

/** Any parameter values within the documented slider ranges. */
const valuesArb: fc.Arbitrary<ParamValues> = fc.record(
	Object.fromEntries(
		inputs.parameters.map((p) => [
			p.key,
			fc.double({ min: p.range.min, max: p.range.max, noNaN: true }).map((x) => x + 0),
		]),
	) as Record<ParamKey, fc.Arbitrary<number>>,
);
const maskArb = fc.array(fc.boolean(), { minLength: COMPONENT_COUNT, maxLength: COMPONENT_COUNT }).map((bs) => Uint8Array.from(bs, Number));
const allOn = new Uint8Array(COMPONENT_COUNT).fill(1);

const rangeOf = (key: ParamKey) => inputs.parameters.find((p) => p.key === key)!.range;

/** Parameters whose rise can only lower the cost: more unlimited users, a higher baseline or discount rate. */
const LOWERING: readonly ParamKey[] = ['unlimitedShare', 'securityBaseline', 'securityBaselineGrowth', 'presentValueRate'];
/** Parameters that can only raise the cost: populations, ARPU, shares, months, unit costs. */
const RAISING = PARAMETER_SPECS.map((s) => s.key).filter((k) => ![...LOWERING, 'securityYears'].includes(k));

describe('cost model properties', () => {
	it('totalCost(values) is never negative, nor is any component, for any values in range', () => {
		fc.assert(
			fc.property(valuesArb, maskArb, (values, mask) => {
				const out = new Float64Array(COMPONENT_COUNT);
				const total = evaluateInto(values, mask, out);
				expect(total).toBeGreaterThanOrEqual(0);
				for (const x of out) expect(x).toBeGreaterThanOrEqual(0);
			}),
			{ numRuns: 2000 },
		);
	});

	it('totalCost(values) never falls when a population, ARPU, rate, share, month count or unit cost rises', () => {
		fc.assert(
			fc.property(valuesArb, fc.integer({ min: 0, max: RAISING.length - 1 }).map((i) => RAISING[i]!), fc.double({ min: 0, max: 1, noNaN: true }), (values, key, t) => {
				const { max } = rangeOf(key);
				const higher = { ...values, [key]: values[key] + t * (max - values[key]) };
				expect(totalCost(higher, allOn)).toBeGreaterThanOrEqual(totalCost(values, allOn) * (1 - 1e-12));
			}),
			{ numRuns: 3000 },
		);
	});

	it('totalCost(values) never rises when the unlimited share, the security baseline, its growth or the discount rate rises', () => {
		fc.assert(
			fc.property(valuesArb, fc.integer({ min: 0, max: LOWERING.length - 1 }).map((i) => LOWERING[i]!), fc.double({ min: 0, max: 1, noNaN: true }), (values, key, t) => {
				const { max } = rangeOf(key);
				const higher = { ...values, [key]: values[key] + t * (max - values[key]) };
				expect(totalCost(higher, allOn)).toBeLessThanOrEqual(totalCost(values, allOn) * (1 + 1e-12));
			}),
			{ numRuns: 2000 },
		);
	});

	it('totalCost(values) never rises with the unlimited share, the security baseline or the pledge period', () => {
		fc.assert(
			fc.property(
				valuesArb,
				fc.constantFrom<ParamKey>('unlimitedShare', 'securityBaseline', 'securityYears'),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(values, key, t) => {
					const { max } = rangeOf(key);
					const higher = { ...values, [key]: values[key] + t * (max - values[key]) };
					expect(totalCost(higher, allOn)).toBeLessThanOrEqual(totalCost(values, allOn) * (1 + 1e-12));
				},
			),
			{ numRuns: 1000 },
		);
	});

	it('evaluateInto(values, mask) gives zero for a component switched off and totals the rest', () => {
		fc.assert(
			fc.property(valuesArb, maskArb, (values, mask) => {
				const out = new Float64Array(COMPONENT_COUNT);
				const total = evaluateInto(values, mask, out);
				let sum = 0;
				COMPONENTS.forEach((c, i) => {
					if (mask[i] === 0) expect(out[i], c.id).toBe(0);
					else expect(out[i]).toBe(c.cost(values));
					sum += out[i]!;
				});
				expect(total).toBe(sum);
			}),
			{ numRuns: 1000 },
		);
	});
});
