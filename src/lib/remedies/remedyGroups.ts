/**
 * An incident's remedy components in the three groups a page shows apart: what customers were offered,
 * what the company pledged to spend on security, and the rest — fines, mediators' awards, measures
 * aimed at the company and rejected proposals — which it faced rather than offered.
 */
import type { Incident } from '../../schemas/incident.ts';
import type { Remedy } from '../../schemas/remedy.ts';
import { customerRemedies } from './customerRemedies.ts';

export interface RemedyGroups {
	customer: Remedy[];
	pledges: Remedy[];
	sanctions: Remedy[];
}

/** Every component lands in exactly one group, in data order within it. */
export function remedyGroups(incident: Incident): RemedyGroups {
	const customer = customerRemedies(incident);
	const isPledge = (r: Remedy) => r.kind === 'security-investment';
	return {
		customer,
		pledges: incident.remedies.filter(isPledge),
		sanctions: incident.remedies.filter((r) => !customer.includes(r) && !isPledge(r)),
	};
}
