// The timeline's title, takeaway, description, notes and sources, from its rows.
import type { Incident } from '../../schemas/incident.ts';
import { formatDate } from '../../lib/format/formatDate.ts';
import type { ChartContext, ChartSpec } from '../shared/types.ts';
import { timelineText } from './messages.ts';
import { DAY_MAX, DAY_MIN, type TimelineRow } from './rows.ts';

type Locale = ChartContext['locale'];
type Captions = Pick<ChartSpec<TimelineRow>, 'title' | 'takeaway' | 'description' | 'notes' | 'sources'>;

export function timelineCaptions(incidents: readonly Incident[], rows: readonly TimelineRow[], locale: Locale): Captions {
	const span = (r: TimelineRow) => (r.endDay === null ? `${r.day}` : `${r.day}~${r.endDay}`);
	const waivers = incidents.flatMap((inc) => {
		const w = rows.find((r) => r.incidentId === inc.id && r.kind === 'waiver-window' && r.endDay !== null);
		return w ? [w] : [];
	});
	const takeaway =
		waivers.length === 0
			? timelineText(locale, 'chart.timeline.takeaway.plain')
			: timelineText(locale, 'chart.timeline.takeaway.waivers', {
					waivers: joinWaivers(waivers.map((w) => timelineText(locale, 'chart.timeline.takeaway.waiver', { incident: w.incident, range: dayRange(w.day, w.endDay!, locale) })), locale),
				});
	const outside = rows.filter((r) => r.shown === 'outside');
	const clipped = rows.filter((r) => r.shown === 'clipped');
	const where = (r: TimelineRow) =>
		timelineText(locale, 'chart.timeline.notes.event', {
			incident: r.incident,
			label: r.label,
			dates: `${formatDate(r.date, locale)}${r.endDate ? `~${formatDate(r.endDate, locale)}` : ''}`,
			span: span(r),
		});
	const notes = [
		timelineText(locale, 'chart.timeline.notes.dayZero', {
			disclosures: incidents.map((i) => `${i.shortName[locale]} ${formatDate(i.disclosureDate, locale)}`).join(', '),
		}),
		timelineText(locale, 'chart.timeline.notes.marks'),
		...(outside.length ? [timelineText(locale, 'chart.timeline.notes.outside', { before: -DAY_MIN, after: DAY_MAX, events: outside.map(where).join('; ') })] : []),
		...(clipped.length ? [timelineText(locale, 'chart.timeline.notes.clipped', { events: clipped.map(where).join('; ') })] : []),
	];
	const perIncident = incidents.map((inc) => {
		const events = rows
			.filter((r) => r.incidentId === inc.id)
			.map((r) => timelineText(locale, r.shown === 'outside' ? 'chart.timeline.description.eventOutside' : 'chart.timeline.description.event', { label: r.label, span: span(r) }));
		return timelineText(locale, 'chart.timeline.description.incident', { incident: inc.shortName[locale], date: formatDate(inc.disclosureDate, locale), events: events.join(', ') });
	});
	return {
		title: timelineText(locale, 'chart.timeline.title'),
		takeaway,
		description: timelineText(locale, 'chart.timeline.description', { incidents: perIncident.join('; ') }),
		notes,
		sources: [...new Set(rows.flatMap((r) => r.sources))],
	};
}

/** `a, b and c` in English, `a, b, c` in Korean, where the takeaway lists whole phrases. */
function joinWaivers(items: readonly string[], locale: Locale): string {
	if (items.length < 2) return items.join('');
	return items.slice(0, -1).join(timelineText(locale, 'chart.timeline.takeaway.join')) + timelineText(locale, 'chart.timeline.takeaway.joinLast') + items.at(-1)!;
}

/**
 * A span of days around disclosure in words. A waiver can reach back before disclosure (cancellations
 * covered retroactively), so both ends are named: "공개 3일 전~83일 뒤" / "from 3 days before to 83 days after disclosure".
 */
export function dayRange(from: number, to: number, locale: Locale): string {
	if (from < 0) {
		if (to < 0) return timelineText(locale, 'chart.timeline.range.beforeBefore', { from: -from, to: -to });
		if (to === 0) return timelineText(locale, 'chart.timeline.range.beforeDayOf', { from: -from });
		return timelineText(locale, 'chart.timeline.range.beforeAfter', { from: -from, to });
	}
	if (from === to) return from === 0 ? timelineText(locale, 'chart.timeline.range.dayOf') : timelineText(locale, 'chart.timeline.range.oneDayAfter', { day: from });
	if (from === 0) return timelineText(locale, 'chart.timeline.range.dayOfAfter', { to });
	return timelineText(locale, 'chart.timeline.range.afterAfter', { from, to });
}
