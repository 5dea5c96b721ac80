// How many times as many people one breach touched as another.
import type { Figure } from '../../schemas/figure.ts';
import type { Incident } from '../../schemas/incident.ts';
import { figureFor } from '../data/queries.ts';

export interface PeopleRatio {
	largest: { incident: Incident; figure: Figure };
	smallest: { incident: Incident; figure: Figure };
	/** largest ÷ smallest, unrounded. */
	ratio: number;
}

/**
 * People compared with people: the headline people-affected figure of the incident with the most
 * against the one with the fewest (the schema holds that figure to the unit people, never records).
 * Undefined when fewer than two incidents have such a figure or the smallest is zero. Ties go to
 * the incident that comes first.
 */
export function peopleRatio(incidents: readonly Incident[]): PeopleRatio | undefined {
	const people = incidents.flatMap((incident) => {
		const figure = figureFor(incident, 'people-affected');
		return figure ? [{ incident, figure }] : [];
	});
	if (people.length < 2) return undefined;
	const largest = people.reduce((a, b) => (b.figure.value > a.figure.value ? b : a));
	const smallest = people.reduce((a, b) => (b.figure.value < a.figure.value ? b : a));
	if (largest === smallest || smallest.figure.value <= 0) return undefined;
	return { largest, smallest, ratio: largest.figure.value / smallest.figure.value };
}
