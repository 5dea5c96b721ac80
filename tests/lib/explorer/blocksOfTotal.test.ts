import { describe, expect, it } from 'vitest';
import { blocksOfTotal } from '../../../src/lib/explorer/blocksOfTotal.ts';

describe('blocksOfTotal', () => {
	it('names the blocks each headline total adds, and none for a total that is part of a block', () => {
		expect(blocksOfTotal('remedy')).toEqual(['remedies']);
		expect(blocksOfTotal('breach')).toEqual(['remedies', 'churn', 'sanctions']);
		expect(blocksOfTotal('pending')).toEqual([]);
		expect(blocksOfTotal('security')).toEqual(['security']);
	});
});
