import { describe, expect, it } from 'vitest';
import { makeIncident, makeRemedy } from '../../fixtures/incidents.ts';
import { remedyGroups } from '../../../src/lib/remedies/remedyGroups.ts';
import { REMEDY_KINDS } from '../../../src/schemas/remedy.ts';

describe('remedyGroups', () => {
	const incident = makeIncident({
		remedies: [
			makeRemedy({ id: 'waiver', kind: 'fee-waiver' }),
			makeRemedy({ id: 'pledge', kind: 'security-investment', audience: 'company' }),
			makeRemedy({ id: 'fine', kind: 'fine', audience: 'company', status: 'pending' }),
			makeRemedy({ id: 'ban', kind: 'other', audience: 'company', status: 'pending' }),
			makeRemedy({ id: 'award', kind: 'mediation-award', audience: 'affected', status: 'rejected' }),
			makeRemedy({ id: 'discount', kind: 'bill-discount' }),
		],
	});

	it('remedyGroups(incident) puts offers to customers, security pledges and what the company faced apart', () => {
		const { customer, pledges, sanctions } = remedyGroups(incident);
		expect(customer.map((r) => r.id)).toEqual(['waiver', 'discount']);
		expect(pledges.map((r) => r.id)).toEqual(['pledge']);
		expect(sanctions.map((r) => r.id)).toEqual(['fine', 'ban', 'award']);
	});

	it('remedyGroups(incident) places every component of every kind, status and audience in exactly one group', () => {
		const statuses = ['announced', 'in-effect', 'completed', 'rejected', 'pending'] as const;
		const audiences = ['all-customers', 'affected', 'victims', 'leavers', 'company'] as const;
		const every = makeIncident({
			remedies: REMEDY_KINDS.flatMap((kind) =>
				statuses.flatMap((status) => audiences.map((audience) => makeRemedy({ id: `${kind}-${status}-${audience}`, kind, status, audience }))),
			),
		});
		const { customer, pledges, sanctions } = remedyGroups(every);
		const placed = [...customer, ...pledges, ...sanctions].map((r) => r.id);
		expect(placed).toHaveLength(every.remedies.length);
		expect(new Set(placed)).toEqual(new Set(every.remedies.map((r) => r.id)));
	});
});
