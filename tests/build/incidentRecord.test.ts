/**
 * Over the built site in dist/: an incident's reading page shows its headline figures, timeline,
 * remedies and disputes, and its record page every scale figure, departure measure and financial
 * figure. Splitting the two must lose nothing: every record in data/incidents/ has its anchor on one
 * of the two pages, in both languages, and the reading page links to the record.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/loadDataset.ts';
import type { Incident } from '../../src/schemas/incident.ts';
import { anchorsOf, readPage, requireBuilt } from '../reliability/support/builtSite.ts';

const DIST = 'dist';
let incidents: Incident[];

beforeAll(() => {
	requireBuilt(DIST);
	incidents = loadDataset().incidents;
});

const prefixes = ['', '/en'];
const page = (url: string) => readPage(DIST, `${url.slice(1)}index.html`);

describe('incident pages and their records', () => {
	it('every figure, departure and financial figure is on the record page; every event and remedy on the reading page', () => {
		const missing: string[] = [];
		for (const incident of incidents) {
			for (const prefix of prefixes) {
				const reading = anchorsOf(page(`${prefix}/incidents/${incident.id}/`).document);
				const record = anchorsOf(page(`${prefix}/incidents/${incident.id}/record/`).document);
				const expectOn = (anchors: Set<string>, where: string, ids: string[]) => {
					for (const id of ids) if (!anchors.has(id)) missing.push(`${prefix}/incidents/${incident.id}/${where}#${id}`);
				};
				expectOn(record, 'record/', [
					...incident.figures.map((f) => `figure-${f.id}`),
					...incident.outcomes.map((o) => `outcome-${o.id}`),
					...incident.financials.map((f) => `financial-${f.id}`),
				]);
				expectOn(reading, '', [
					...incident.figures.filter((f) => f.headline).map((f) => `figure-${f.id}`),
					...incident.events.map((e) => `event-${e.id}`),
					...incident.remedies.map((r) => `remedy-${r.id}`),
				]);
			}
		}
		expect(missing).toEqual([]);
	});

	it('the reading page shows only the headline figures and links to each part of the record, with its count; the record links back', () => {
		for (const incident of incidents) {
			for (const prefix of prefixes) {
				const reading = page(`${prefix}/incidents/${incident.id}/`).document;
				const shown = [...reading.querySelectorAll('tr[id^="figure-"]')].map((tr) => tr.id.slice('figure-'.length));
				expect(shown).toEqual(incident.figures.filter((f) => f.headline).map((f) => f.id));
				expect(reading.querySelector('tr[id^="outcome-"], tr[id^="financial-"]')).toBeNull();
				const record = `${prefix}/incidents/${incident.id}/record/`;
				const counts = [
					['scale', incident.figures.length],
					['outcomes', incident.outcomes.length],
					['financials', incident.financials.length],
				] as const;
				for (const [anchor, n] of counts) expect(reading.querySelector(`a[href="${record}#${anchor}"]`)?.textContent).toContain(String(n));
				expect(page(record).document.querySelector(`a[href="${prefix}/incidents/${incident.id}/"]`)).not.toBeNull();
			}
		}
	});
});
