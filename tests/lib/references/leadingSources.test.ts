import { describe, expect, it } from 'vitest';
import { leadingSourceOfEach, leadingSources, SUMMARY_SOURCES_PER_FIGURE } from '../../../src/lib/references/leadingSources.ts';
import type { SourceKind } from '../../../src/schemas/source.ts';

const kinds = new Map<string, { kind: SourceKind }>(
	Object.entries({ blog1: 'blog', press1: 'press', press2: 'press', gov1: 'government', co1: 'company', mirror1: 'mirror', analyst1: 'analyst' }).map(([id, kind]) => [id, { kind: kind as SourceKind }]),
);

describe('leadingSources', () => {
	it('puts primary sources first, then press, weak kinds last, keeping the data order within a kind', () => {
		expect(leadingSources(['blog1', 'press1', 'co1', 'press2', 'gov1', 'mirror1', 'analyst1'], kinds, 7)).toEqual(['gov1', 'co1', 'press1', 'press2', 'analyst1', 'blog1', 'mirror1']);
	});

	it('keeps at most the summary default (one) unless told otherwise', () => {
		expect(SUMMARY_SOURCES_PER_FIGURE).toBe(1);
		expect(leadingSources(['blog1', 'press2', 'press1'], kinds)).toEqual(['press2']);
		expect(leadingSources(['blog1', 'press2', 'press1'], kinds, 2)).toEqual(['press2', 'press1']);
	});

	it('never drops a figure to no source: a weak or unknown source is still cited when it is all there is', () => {
		expect(leadingSources(['mirror1'], kinds)).toEqual(['mirror1']);
		expect(leadingSources(['unknown', 'blog1'], kinds)).toEqual(['blog1']);
		expect(leadingSources(['unknown'], kinds)).toEqual(['unknown']);
		expect(leadingSources([], kinds)).toEqual([]);
	});

	it('counts a source cited twice once', () => {
		expect(leadingSources(['press1', 'press1', 'press2'], kinds, 2)).toEqual(['press1', 'press2']);
	});

	it('takes the strongest source of each item a sentence names, each source once', () => {
		expect(leadingSourceOfEach([['blog1', 'press1'], ['co1', 'press1'], ['press1', 'mirror1']], kinds)).toEqual(['press1', 'co1']);
		expect(leadingSourceOfEach([], kinds)).toEqual([]);
	});
});
