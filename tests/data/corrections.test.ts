/**
 * The corrections log describes the data as it now stands: every entry's new value is the record's
 * current one, and every figure a per-unit label can divide by names the day it describes.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/loadDataset.ts';

const data = loadDataset();

/** The record a correction names, in an incident or a benchmark case. */
function recordOf(target: string): Record<string, unknown> | undefined {
	const [caseId, id] = target.split('/');
	const inc = data.incidents.find((i) => i.id === caseId);
	const bm = data.benchmarks.find((b) => b.id === caseId);
	const all = inc
		? [...inc.figures, ...inc.events, ...inc.remedies, ...inc.outcomes, ...inc.financials]
		: [...(bm?.affected ?? []), ...(bm?.remedies ?? [])];
	return all.find((r) => r.id === id) as Record<string, unknown> | undefined;
}

describe('data/corrections.yaml', () => {
	it('logs the changes of this data check, dated and sourced', () => {
		expect(data.corrections.length).toBeGreaterThanOrEqual(10);
		for (const c of data.corrections) {
			expect(recordOf(c.target), c.target).toBeDefined();
			expect(c.reason.ko).not.toBe(c.reason.en);
		}
	});

	it('a corrected number or confidence is the record’s current one', () => {
		for (const c of data.corrections) {
			const r = recordOf(c.target)!;
			if ('value' in c.newValue && c.field === 'value') {
				expect([r['value'], r['unit'], r['qualifier']], c.id).toEqual([c.newValue.value, c.newValue.unit, c.newValue.qualifier]);
			}
			if ('confidence' in c.newValue) expect(r['confidence'], c.id).toBe(c.newValue.confidence);
			if ('confidence' in c.oldValue) expect(r['confidence'], c.id).not.toBe(c.oldValue.confidence);
		}
	});

	it('every count a per-unit figure can divide by names its day', () => {
		const denominators = new Set(['records-leaked', 'people-affected', 'subscriber-lines', 'eligible-customers']);
		const vague = data.incidents.flatMap((inc) =>
			inc.figures.filter((f) => denominators.has(f.metric) && !/^\d{4}-\d{2}-\d{2}$/.test(String(f.asOf))).map((f) => `${inc.id}/${f.id} (${f.asOf})`),
		);
		expect(vague).toEqual([]);
	});
});
