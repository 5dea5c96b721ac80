import { describe, expect, it } from 'vitest';
import { getDataset } from '../../../src/lib/data/getDataset.ts';
import { dataAsOf } from '../../../src/lib/findings/dataAsOf.ts';
import type { Incident } from '../../../src/schemas/incident.ts';

/** An incident with only the dated fields dataAsOf reads. */
const incident = (asOf: string[], events: string[], ends: string[]) =>
	({
		figures: asOf.map((a) => ({ asOf: a })),
		events: events.map((date) => ({ date })),
		outcomes: ends.map((end) => ({ window: { start: '2025-01-01', end } })),
	}) as unknown as Incident;

describe('dataAsOf', () => {
	it('dataAsOf(incidents) is the newest figure, event or outcome date across incidents', () => {
		expect(dataAsOf([incident(['2025-05'], ['2025-04-22'], []), incident(['2025-09-30'], [], ['2025-10-02'])])).toBe('2025-10-02');
		expect(dataAsOf([incident(['2026-01-15'], ['2025-04-22'], ['2025-07-14'])])).toBe('2026-01-15');
	});

	it('dataAsOf([]) is undefined', () => {
		expect(dataAsOf([])).toBeUndefined();
	});

	it('dataAsOf(real data) is a date the data holds, not the build date', () => {
		const { incidents } = getDataset();
		const all = incidents.flatMap((i) => [...i.figures.map((f) => String(f.asOf)), ...i.events.map((e) => e.date), ...i.outcomes.map((o) => o.window.end)]);

		expect(all).toContain(dataAsOf(incidents));
	});
});
