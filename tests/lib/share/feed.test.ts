import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { atomFeed, tagUri } from '../../../src/lib/share/atomFeed.ts';
import { feedEntries, isoInstant, latestDataDate } from '../../../src/lib/share/feedEntries.ts';
import type { Dataset } from '../../../src/lib/data/loadDataset.ts';

const incidents = [
	{ figures: [{ asOf: '2025-05' }, { asOf: '2025-07-04' }] },
	{ figures: [{ asOf: '2024' }] },
] as unknown as Dataset['incidents'];
const correction = {
	id: 'c1',
	date: '2025-08-01',
	target: 'kt-2025/people-affected',
	field: 'value',
	oldValue: { ko: '5,561 <명>', en: '5,561 <people>' },
	newValue: { ko: '22,227 & 더', en: '22,227 & more' },
	reason: { ko: '정부 발표로 갱신', en: 'Updated from the "government" release' },
	sources: ['kt-s1'],
} as Dataset['corrections'][number];

describe('feed entries', () => {
	it('reads partial dates as the first instant they can mean', () => {
		expect(isoInstant('2025')).toBe('2025-01-01T00:00:00Z');
		expect(isoInstant('2025-05')).toBe('2025-05-01T00:00:00Z');
		expect(isoInstant('2025-05-12')).toBe('2025-05-12T00:00:00Z');
		expect(latestDataDate({ incidents })).toBe('2025-07-04T00:00:00Z');
	});

	it('announce the data version and every correction, newest first, with locale paths', () => {
		const entries = feedEntries({ incidents, corrections: [correction] }, 'abc123', 'en');
		expect(entries.map((e) => [e.key, e.updated, e.path])).toEqual([
			['correction-c1', '2025-08-01T00:00:00Z', '/en/corrections/'],
			['data-abc123', '2025-07-04T00:00:00Z', '/en/data/'],
		]);
		expect(entries[0]!.summary).toContain('5,561 <people> → 22,227 & more');
		expect(feedEntries({ incidents, corrections: [] }, 'abc123', 'ko')[0]!.path).toBe('/data/');
	});
});

describe('atomFeed', () => {
	const head = { title: 'T & co', subtitle: 'S', selfUrl: 'https://ex.org/feed.xml', siteUrl: 'https://ex.org:8443/', language: 'en' };

	it('writes the elements Atom requires, absolute links, stable tag: ids and escaped text', () => {
		const entries = feedEntries({ incidents, corrections: [correction] }, 'abc123', 'en');
		const xml = atomFeed(head, entries);
		const { document } = parseHTML('');
		const doc = new (document.defaultView as any).DOMParser().parseFromString(xml, 'text/xml');
		const feed = doc.querySelector('feed');
		expect(feed.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
		for (const el of ['id', 'title', 'updated', 'author']) expect(feed.querySelector(el), el).not.toBeNull();
		expect(feed.querySelector('updated').textContent).toBe('2025-08-01T00:00:00Z');
		const items = [...doc.querySelectorAll('entry')];
		expect(items).toHaveLength(2);
		expect(items[0].querySelector('id').textContent).toBe('tag:ex.org,2025:correction-c1');
		expect(items[0].querySelector('link').getAttribute('href')).toBe('https://ex.org:8443/en/corrections/');
		expect(items[0].querySelector('summary').textContent).toContain('22,227 & more');
		expect(xml).not.toMatch(/<people>|& more/);
		expect(tagUri('http://127.0.0.1:4321/', 'x')).toBe('tag:127.0.0.1,2025:x');
	});

	it('gives an empty feed a valid updated date', () => {
		expect(atomFeed(head, [])).toContain('<updated>1970-01-01T00:00:00Z</updated>');
	});
});
