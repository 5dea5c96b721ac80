/**
 * Every figure in the seed article (Money Today, 30 December 2025; shared/seeds/) is in data/ with
 * the article's value and at least one source, so a reader holding the article sees no contradiction.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/loadDataset.ts';
import { param } from '../../src/lib/data/queries.ts';
import type { Incident } from '../../src/schemas/incident.ts';

const data = loadDataset();
const incident = (id: string) => data.incidents.find((i) => i.id === id)!;
const skt = incident('skt-2025');
const kt = incident('kt-2025');
const record = (inc: Incident, id: string) => {
	const r = [...inc.figures, ...inc.events, ...inc.remedies].find((x) => x.id === id);
	if (!r) throw new Error(`${inc.id}/${id} is missing`);
	expect(r.sources.length, `${inc.id}/${id} has no source`).toBeGreaterThan(0);
	for (const s of r.sources) expect(data.sourceById.has(s), `${inc.id}/${id} cites unknown ${s}`).toBe(true);
	return r;
};
const remedy = (inc: Incident, id: string) => {
	const r = record(inc, id);
	if (!('kind' in r) || !('parameters' in r)) throw new Error(`${inc.id}/${id} is not a remedy`);
	return r;
};

describe('the seed article’s figures are in data/ with its values and a source', () => {
	it('SKT 2,696만 records and KT 2만2,000 people, each in its own unit', () => {
		const records = record(skt, 'records-leaked');
		expect(records).toMatchObject({ unit: 'records' });
		expect(Math.round(('value' in records ? records.value : 0) / 10_000)).toBe(2696);
		const people = record(kt, 'people-exposed');
		expect(people).toMatchObject({ unit: 'people' });
		expect(Math.round(('value' in people ? people.value : 0) / 1000) * 1000).toBe(22_000);
	});

	it('the waiver: 31 December to 13 January, retroactive from 1 September, refunds claimed 14–31 January', () => {
		expect(remedy(kt, 'fee-waiver-all-customers').window).toEqual({ start: '2025-12-31', end: '2026-01-13' });
		expect(record(kt, 'waiver-window')).toMatchObject({ date: '2025-12-31', endDate: '2026-01-13' });
		expect(record(kt, 'retroactive-coverage')).toMatchObject({ date: '2025-09-01', endDate: '2025-12-30' });
		expect(record(kt, 'refund-window')).toMatchObject({ date: '2026-01-14', endDate: '2026-01-31' });
	});

	it('1 September, when the fraud "became known", is on the timeline and explained beside day 0', () => {
		expect(record(kt, 'police-notice')).toMatchObject({ date: '2025-09-01' });
		expect(kt.disclosureNote?.ko).toContain('9월 1일');
		expect(kt.disclosureNote?.en).toContain('1 September');
	});

	it('100GB a month for 6 months from February, 6 months of OTT and of membership perks, 2 years of insurance', () => {
		const data100 = remedy(kt, 'data-allowance');
		expect([param(data100, 'gb-per-month'), param(data100, 'months'), data100.window?.start.slice(0, 7)]).toEqual([100, 6, '2026-02']);
		expect(param(remedy(kt, 'ott-voucher'), 'months')).toBe(6);
		expect(param(remedy(kt, 'membership-perks'), 'months')).toBe(6);
		expect(param(remedy(kt, 'safety-insurance'), 'years')).toBe(2);
	});

	it('customers who leave and come back get their benefits restored, cited to the article', () => {
		const rejoin = remedy(kt, 'rejoin-benefit');
		expect(rejoin).toMatchObject({ kind: 'rejoin-benefit', audience: 'leavers', window: { start: '2025-12-31', end: '2026-01-13' } });
		expect(rejoin.sources).toContain('mi-seed1');
		expect(data.sourceById.get('mi-seed1')?.url).toBe('https://n.news.naver.com/mnews/article/008/0005298521');
	});

	it('1조원 over 5 years for security, and a task force of about 60 staff', () => {
		expect(remedy(kt, 'security-investment').announcedValue).toMatchObject({ value: 1_000_000_000_000, years: 5 });
		expect(record(kt, 'security-tf-staff')).toMatchObject({ value: 60, qualifier: 'about', unit: 'people' });
	});

	it('SKT’s comparison package: 50% off the August bill', () => {
		const discount = remedy(skt, 'bill-discount');
		expect([param(discount, 'rate'), param(discount, 'months')]).toEqual([50, 1]);
	});
});
