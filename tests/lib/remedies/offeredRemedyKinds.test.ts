import { describe, expect, it } from 'vitest';
import { makeIncident, makeRemedy } from '../../fixtures/incidents.ts';
import { offeredRemedyKinds } from '../../../src/lib/remedies/offeredRemedyKinds.ts';

describe('offeredRemedyKinds', () => {
	it('offeredRemedyKinds(incidents) lists each offered kind once, in REMEDY_KINDS order, not data order', () => {
		const alpha = makeIncident({
			remedies: [
				makeRemedy({ id: 'waiver', kind: 'fee-waiver' }),
				makeRemedy({ id: 'discount', kind: 'bill-discount' }),
				makeRemedy({ id: 'fine', kind: 'fine', audience: 'company' }),
			],
		});
		const beta = makeIncident({
			id: 'beta-2025',
			remedies: [makeRemedy({ id: 'swap', kind: 'usim-replacement' }), makeRemedy({ id: 'waiver', kind: 'fee-waiver' })],
		});
		expect(offeredRemedyKinds([alpha, beta])).toEqual(['bill-discount', 'usim-replacement', 'fee-waiver']);
	});

	it('offeredRemedyKinds(incidents) is empty when nobody offered customers anything', () => {
		const rejected = makeRemedy({ id: 'proposal', kind: 'data-allowance', status: 'rejected' });
		expect(offeredRemedyKinds([makeIncident({ remedies: [makeRemedy({ kind: 'fine', audience: 'company' }), rejected] })])).toEqual([]);
	});
});
