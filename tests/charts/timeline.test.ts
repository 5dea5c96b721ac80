import { describe, expect, it } from 'vitest';
import { timelineChart } from '../../src/charts/timeline/index.ts';
import { DAY_MAX, DAY_MIN, timelineDomain, timelineRows } from '../../src/charts/timeline/rows.ts';
import { renderSvg } from '../../src/charts/shared/render.ts';
import { dayRange } from '../../src/charts/timeline/captions.ts';
import { alpha, beta } from '../fixtures/carriers.ts';
import { makeEvent } from '../fixtures/incidents.ts';

const en = { locale: 'en', width: 720 } as const;

describe('timelineRows', () => {
	it('timelineRows(incidents) counts days from each incident’s own disclosure date', () => {
		const rows = timelineRows([alpha(), beta()], 'en');
		const row = (inc: string, id: string) => rows.find((r) => r.incidentId === inc && r.eventId === id)!;

		expect(row('alpha-2025', 'disclosure').day).toBe(0);
		expect(row('beta-2025', 'disclosure').day).toBe(0);
		expect(row('alpha-2025', 'detected').day).toBe(-5);
		expect(row('alpha-2025', 'waiver')).toMatchObject({ day: 52, endDay: 57, shown: 'drawn' });
	});

	it('timelineRows(incidents) marks events beyond the axis as outside and long windows as clipped', () => {
		const rows = timelineRows([alpha(), beta()], 'en');

		expect(rows.filter((r) => r.shown === 'outside').map((r) => r.eventId)).toEqual(['first-intrusion', 'old-malware']);
		expect(rows.filter((r) => r.shown === 'clipped').map((r) => r.eventId)).toEqual(['bonus']);
	});

	it('timelineDomain(rows) stays within DAY_MIN…DAY_MAX and always includes day 0', () => {
		expect(timelineDomain([{ day: -500, endDay: 900 }])).toEqual([DAY_MIN, DAY_MAX]);
		expect(timelineDomain([{ day: 10, endDay: 20 }])).toEqual([0, 20]);
	});
});

describe('timelineChart', () => {
	it('timelineChart(incidents) takeaway gives each fee waiver in days from disclosure', () => {
		expect(timelineChart([alpha(), beta()], en).takeaway).toBe(
			'Fee waivers covered customers who left from 52 to 57 days after disclosure at Alpha and from 73 to 80 days after disclosure at Beta.',
		);
		expect(timelineChart([alpha(), beta()], { ...en, locale: 'ko' }).takeaway).toBe('위약금 면제 적용 기간(해지일 기준)은 알파 공개 52일 뒤~57일 뒤, 베타 공개 73일 뒤~80일 뒤다.');
	});

	it('timelineChart(incidents) takeaway follows the data, including a waiver that reaches back before disclosure', () => {
		const retroactive = beta({ events: [makeEvent({ date: '2025-08-20' }), makeEvent({ id: 'waiver', kind: 'waiver-window', date: '2025-08-17', endDate: '2025-12-31' })] });

		expect(timelineChart([retroactive], en).takeaway).toBe('Fee waivers covered customers who left from 3 days before to 133 days after disclosure at Beta.');
		expect(dayRange(-3, 133, 'ko')).toBe('공개 3일 전~133일 뒤');
	});

	it('dayRange(from, to) names both ends wherever they fall around disclosure, and a one-day window once', () => {
		const spans: [number, number][] = [[-9, -3], [-3, 0], [0, 0], [0, 7], [5, 5], [5, 9]];

		expect(spans.map(([a, b]) => dayRange(a, b, 'ko'))).toEqual(['공개 9일 전~3일 전', '공개 3일 전~당일', '공개 당일~당일', '공개 당일~7일 뒤', '공개 5일 뒤', '공개 5일 뒤~9일 뒤']);
		expect(spans.map(([a, b]) => dayRange(a, b, 'en'))).toEqual([
			'from 9 to 3 days before disclosure',
			'from 3 days before to the day of disclosure',
			'0 days after disclosure',
			'from 0 to 7 days after disclosure',
			'5 days after disclosure',
			'from 5 to 9 days after disclosure',
		]);
	});

	it('timelineChart(incidents) names the events it leaves off the axis in a note', () => {
		const notes = timelineChart([alpha(), beta()], en).notes.join(' ');

		expect(notes).toContain('not drawn: Alpha First intrusion (Jan 15, 2024, -420)');
		expect(notes).toContain('Beta Roaming bonus');
	});

	it('timelineChart(incidents) draws windows as bars and point events as shaped dots with tips', () => {
		const svg = renderSvg(timelineChart([alpha(), beta()], en).plot, 't');

		expect(svg).toContain('<title>Alpha · Fee waiver (Fee-waiver window): May 1, 2025~May 6, 2025, day 52</title>');
		expect(svg).toContain('<title>Alpha · Anomaly detected (Detection): Mar 5, 2025, day -5</title>');
		expect(svg).not.toContain('First intrusion');
		expect(svg).toContain('>Fee-waiver window</text>');
		expect(svg).toContain('>Sanction, legal</text>');
	});

	it('timelineChart(incidents) description lists every event, drawn or not', () => {
		const model = timelineChart([alpha(), beta()], en);

		expect(model.description).toContain('Alpha (day 0 = Mar 10, 2025): First intrusion -420 (not drawn), Anomaly detected -5');
		expect(model.rows).toHaveLength(alpha().events.length + beta().events.length);
	});
});
