import { describe, expect, it } from 'vitest';
import { makeIncident, makeRemedy } from '../../fixtures/incidents.ts';
import { customerRemedies, valuedCustomerRemedies } from '../../../src/lib/remedies/customerRemedies.ts';

const valued = (value: number) => ({
	value,
	unit: 'krw' as const,
	scope: { ko: '전체', en: 'The whole package' },
	confidence: 'official' as const,
	sources: ['syn-s2'],
});

/** One of each kind of component a carrier's remedy list holds that is not a customer remedy, plus two that are. */
const mixed = makeIncident({
	remedies: [
		makeRemedy({ id: 'discount', kind: 'bill-discount', announcedValue: valued(500) }),
		makeRemedy({ id: 'fine', kind: 'fine', audience: 'company', status: 'pending', announcedValue: valued(900) }),
		makeRemedy({ id: 'pledge', kind: 'security-investment', audience: 'company', announcedValue: valued(700) }),
		makeRemedy({ id: 'award', kind: 'mediation-award', audience: 'affected', status: 'rejected' }),
		makeRemedy({ id: 'refused', kind: 'data-allowance', status: 'rejected', announcedValue: valued(300) }),
		makeRemedy({ id: 'ban', kind: 'other', audience: 'company', status: 'pending' }),
		makeRemedy({ id: 'waiver', kind: 'fee-waiver', audience: 'leavers' }),
		makeRemedy({ id: 'data', kind: 'data-allowance', announcedValue: valued(200) }),
	],
});

describe('customerRemedies', () => {
	it('customerRemedies(incident) keeps what customers were offered, in data order', () => {
		expect(customerRemedies(mixed).map((r) => r.id)).toEqual(['discount', 'waiver', 'data']);
	});

	it('customerRemedies(incident) leaves out fines, pledges, awards, rejected offers and company-facing measures', () => {
		const ids = customerRemedies(mixed).map((r) => r.id);
		for (const id of ['fine', 'pledge', 'award', 'refused', 'ban']) expect(ids).not.toContain(id);
	});
});

describe('valuedCustomerRemedies', () => {
	it('valuedCustomerRemedies(incident) lists every customer remedy with an announced value, not only the first', () => {
		expect(valuedCustomerRemedies(mixed).map((r) => [r.id, r.announcedValue.value])).toEqual([
			['discount', 500],
			['data', 200],
		]);
	});

	it('valuedCustomerRemedies(incident) is empty when no customer remedy carries a value', () => {
		expect(valuedCustomerRemedies(makeIncident())).toEqual([]);
	});
});
