import { describe, expect, it } from 'vitest';
import { makeFigure, makeIncident } from '../../fixtures/incidents.ts';
import { peopleRatio } from '../../../src/lib/incidents/peopleRatio.ts';

const withPeople = (id: string, value: number) =>
	makeIncident({
		id,
		figures: [
			makeFigure({ id: 'records', metric: 'records-leaked', unit: 'records', value: value * 1_000 }),
			makeFigure({ id: 'people', metric: 'people-affected', unit: 'people', value }),
		],
	});

describe('peopleRatio', () => {
	it('peopleRatio(incidents) divides the most people affected by the fewest, not records', () => {
		const r = peopleRatio([withPeople('small-2025', 2_000), withPeople('big-2025', 3_000_000), withPeople('mid-2025', 50_000)]);
		expect(r?.largest.incident.id).toBe('big-2025');
		expect(r?.smallest.incident.id).toBe('small-2025');
		expect(r?.ratio).toBe(1_500);
	});

	it('peopleRatio(incidents) is undefined with fewer than two people counts, equal counts or a zero', () => {
		expect(peopleRatio([withPeople('a-2025', 10)])).toBeUndefined();
		expect(peopleRatio([withPeople('a-2025', 10), makeIncident({ id: 'b-2025' })])).toBeUndefined();
		expect(peopleRatio([withPeople('a-2025', 10), withPeople('b-2025', 10)])).toBeUndefined();
		expect(peopleRatio([withPeople('a-2025', 0), withPeople('b-2025', 10)])).toBeUndefined();
	});
});
