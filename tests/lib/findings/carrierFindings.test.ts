import { describe, expect, it } from 'vitest';
import { getDataset } from '../../../src/lib/data/getDataset.ts';
import { carrierFindings } from '../../../src/lib/findings/carrierFindings.ts';
import { blockOf, defaultScenario, runModel, totalOf } from '../../../src/lib/model/index.ts';
import { realModel } from '../../model/support/realInputs.ts';

const { inputs } = realModel();
const { incidents } = getDataset();
const findings = carrierFindings(incidents, inputs);

describe('carrierFindings', () => {
	it('carrierFindings(incidents, inputs) has one entry per modelled incident, in data order', () => {
		expect(findings.map((f) => f.incident.id)).toEqual(incidents.filter((i) => inputs.incidents.some((m) => m.id === i.id)).map((i) => i.id));
		expect(findings.length).toBeGreaterThanOrEqual(2);
	});

	it.each(findings.map((f) => [f.incident.id, f] as const))('%s: the cost of the remedy is runModel’s remedies block, P50 inside P5–P95', (id, f) => {
		const result = runModel(inputs, defaultScenario(inputs, id));

		expect(f.remedyCost).toEqual(blockOf(result, 'remedies'));
		expect(f.remedyCost.p50).toEqual(totalOf(result, 'remedy').cost.p50);
		expect(f.remedyCost.p5).toBeLessThanOrEqual(f.remedyCost.p50);
		expect(f.remedyCost.p50).toBeLessThanOrEqual(f.remedyCost.p95);
		expect(f.pendingCost).toEqual(totalOf(result, 'pending').cost);
	});

	it.each(findings.map((f) => [f.incident.id, f] as const))('%s: the per-line figure divides the all-customer remedies by subscriber lines only', (id, f) => {
		const result = runModel(inputs, defaultScenario(inputs, id));
		const expected = result.normalised.find((n) => n.numerator === 'all-customer-remedies' && n.kind === 'subscriber-lines');

		expect(f.perLine).toEqual(expected);
		expect(f.perLine?.unit).toBe('lines');
		// The people-affected count never divides an all-customer package.
		expect(f.perLine?.kind).not.toBe('people-affected');
	});

	it('carrierFindings(...) names a bill discount only for a carrier that gave one to every customer', () => {
		const byId = new Map(findings.map((f) => [f.incident.id, f]));

		expect(byId.get('skt-2025')?.billDiscount?.kind).toBe('bill-discount');
		expect(byId.get('kt-2025')?.billDiscount).toBeUndefined();
		for (const f of findings) expect(f.offeredToAll.every((r) => r.audience === 'all-customers' && f.offered.includes(r))).toBe(true);
	});

	it('carrierFindings(...) lists as pending exactly the remedies the data marks pending', () => {
		for (const f of findings) {
			expect(f.pending.map((r) => r.id)).toEqual(f.incident.remedies.filter((r) => r.status === 'pending').map((r) => r.id));
		}
		expect(findings.find((f) => f.incident.id === 'kt-2025')!.pending.length).toBeGreaterThan(0);
	});

	it('carrierFindings(incidents, inputs) skips incidents the model does not cover', () => {
		const only = { ...inputs, incidents: inputs.incidents.filter((i) => i.id === 'kt-2025') };

		expect(carrierFindings(incidents, only).map((f) => f.incident.id)).toEqual(['kt-2025']);
	});
});
