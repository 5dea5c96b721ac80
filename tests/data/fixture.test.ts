import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/loadDataset.ts';

describe('loadDataset(fixture)', () => {
	it('loadDataset("tests/fixtures/data") returns typed incidents with defaults filled in', () => {
		const d = loadDataset('tests/fixtures/data');

		expect(d.incidents.map((i) => i.id)).toEqual(['ex-2025']);
		expect(d.incidents[0]!.figures[0]!.qualifier).toBe('exact');
		expect(d.sourceById.get('ex-s2')?.dateShown).toBe(false);
	});
});
