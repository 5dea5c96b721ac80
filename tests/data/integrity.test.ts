import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/loadDataset.ts';
import { figureFor, preferredOutcome, securityPledge, decidedFines } from '../../src/lib/data/queries.ts';
import { citedSourceIds } from '../../src/lib/data/sourceRefs.ts';

const data = loadDataset();
const byId = new Map(data.incidents.map((i) => [i.id, i]));
const skt = byId.get('skt-2025')!;
const kt = byId.get('kt-2025')!;

describe('data/ (the real files)', () => {
	it('loadDataset() validates both incidents and the bibliography', () => {
		expect([...byId.keys()]).toEqual(['skt-2025', 'kt-2025']);
		expect(data.sources.length).toBeGreaterThan(250);
	});

	it('headline scale figures match the government counts, each in its own unit', () => {
		expect(figureFor(skt, 'records-leaked')).toMatchObject({ value: 26_957_749, unit: 'records', confidence: 'government' });
		expect(figureFor(skt, 'people-affected')).toMatchObject({ value: 23_244_649, unit: 'people', confidence: 'government' });
		expect(figureFor(kt, 'people-affected')).toMatchObject({ value: 22_227, unit: 'people' });
		expect(figureFor(kt, 'records-leaked')).toBeUndefined();
		expect(figureFor(kt, 'fraud-loss')).toMatchObject({ value: 243_190_000, unit: 'krw' });
	});

	it('announced values and pledges carry the stated amounts', () => {
		expect(securityPledge(skt)?.announcedValue).toMatchObject({ value: 700_000_000_000, years: 5 });
		expect(securityPledge(kt)?.announcedValue).toMatchObject({ value: 1_000_000_000_000, years: 5 });
		expect(decidedFines(skt)[0]?.amount).toBe(134_791_000_000);
		expect(decidedFines(kt)).toEqual([]);
		const announced = (i: typeof skt) => i.remedies.filter((r) => r.announcedValue && r.kind !== 'security-investment').map((r) => r.announcedValue!.value);
		expect(announced(skt)).toContain(500_000_000_000);
		expect(announced(kt)).toContain(450_000_000_000);
	});

	it('waiver-window departures state their basis and differ in it', () => {
		const s = preferredOutcome(skt, 'waiver')!;
		const k = preferredOutcome(kt, 'waiver')!;

		expect(s).toMatchObject({ value: 166_441, unit: 'lines', basis: { measure: 'gross', mvno: 'excluded' } });
		expect(k).toMatchObject({ value: 312_902, unit: 'lines', basis: { measure: 'gross', mvno: 'included' } });
		expect(s.daily.reduce((a, d) => a + d.value, 0)).toBe(166_441);
	});

	it('every waiver or refund window is ordered and every disclosure date has its event', () => {
		for (const inc of data.incidents) {
			for (const e of inc.events) if (e.endDate) expect(e.date <= e.endDate, `${inc.id}/${e.id}`).toBe(true);
			expect(inc.events.some((e) => e.kind === 'disclosure' && e.date === inc.disclosureDate)).toBe(true);
		}
	});

	it('a figure with alternatives always says why its value is preferred', () => {
		for (const inc of data.incidents) {
			for (const f of inc.figures.filter((x) => x.alternatives.length > 0)) {
				expect(f.preferredReason, `${inc.id}/${f.id}`).toBeDefined();
			}
		}
	});

	it('the bibliography covers exactly what is cited, plus listed-but-uncited dossier entries', () => {
		const cited = new Set(data.incidents.flatMap((i) => citedSourceIds(i)));
		for (const id of cited) expect(data.sourceById.has(id), id).toBe(true);
		expect(cited.size).toBeGreaterThan(200);
	});
});
