// Incident events on a shared "days since disclosure" axis, clipped to a window.
import type { Incident } from '../../schemas/incident.ts';
import type { IncidentEvent } from '../../schemas/event.ts';
import { EVENT_KIND_LABEL } from '../../i18n/labels.ts';
import { daysBetween } from '../../lib/format/formatDate.ts';
import type { ChartContext } from '../shared/types.ts';

/** The widest axis drawn, in days from disclosure; earlier or later events go to a note instead. */
export const DAY_MIN = -60;
export const DAY_MAX = 400;

export interface TimelineRow {
	incidentId: string;
	incident: string;
	/** Index of the incident in data order (its colour). */
	index: number;
	eventId: string;
	kind: IncidentEvent['kind'];
	kindLabel: string;
	label: string;
	date: string;
	endDate: string | null;
	/** Days from the incident's disclosure date (negative = before it). */
	day: number;
	endDay: number | null;
	/** `clipped`: a window cut at the edge of the axis; `outside`: not drawn, listed in a note. */
	shown: 'drawn' | 'clipped' | 'outside';
	sources: string[];
}

/** Every event of every incident, in date order per incident, with its place on the axis. */
export function timelineRows(incidents: readonly Incident[], locale: ChartContext['locale']): TimelineRow[] {
	const all = incidents.flatMap((inc, index) =>
		[...inc.events]
			.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
			.map((e) => ({
				incidentId: inc.id,
				incident: inc.shortName[locale],
				index,
				eventId: e.id,
				kind: e.kind,
				kindLabel: EVENT_KIND_LABEL[e.kind][locale],
				label: e.label[locale],
				date: e.date,
				endDate: e.endDate ?? null,
				day: daysBetween(inc.disclosureDate, e.date),
				endDay: e.endDate ? daysBetween(inc.disclosureDate, e.endDate) : null,
				shown: 'drawn' as TimelineRow['shown'],
				sources: e.sources,
			})),
	);
	const [lo, hi] = timelineDomain(all);
	for (const r of all) {
		const end = r.endDay ?? r.day;
		if (end < lo || r.day > hi) r.shown = 'outside';
		else if (r.day < lo || end > hi) r.shown = 'clipped';
	}
	return all;
}

/** The axis: just wide enough for the events, never wider than DAY_MIN…DAY_MAX, always showing day 0. */
export function timelineDomain(rows: readonly Pick<TimelineRow, 'day' | 'endDay'>[]): [number, number] {
	const starts = rows.map((r) => r.day);
	const ends = rows.map((r) => r.endDay ?? r.day);
	return [Math.max(DAY_MIN, Math.min(0, ...starts)), Math.min(DAY_MAX, Math.max(0, ...ends))];
}

/** Lane (0, 1, …) for each window so that overlapping windows of one incident sit on separate lines. */
export function windowLanes(rows: readonly TimelineRow[]): Map<TimelineRow, number> {
	const lanes = new Map<TimelineRow, number>();
	const lastEnd = new Map<string, number[]>();
	for (const r of rows) {
		if (r.endDay === null || r.shown === 'outside') continue;
		const ends = lastEnd.get(r.incidentId) ?? [];
		let lane = ends.findIndex((end) => end < r.day);
		if (lane < 0) lane = ends.length;
		ends[lane] = r.endDay;
		lastEnd.set(r.incidentId, ends);
		lanes.set(r, lane);
	}
	return lanes;
}
