// The departures chart's title, takeaway, description, notes and sources.
import type { Incident } from '../../schemas/incident.ts';
import { formatExact, formatValue } from '../../lib/format/formatNumber.ts';
import { formatDate } from '../../lib/format/formatDate.ts';
import { joinPhrases } from '../shared/sentence.ts';
import type { ChartContext, ChartSpec } from '../shared/types.ts';
import type { DepartureRow } from './rows.ts';
import { departuresText as text } from './messages.ts';

type Locale = ChartContext['locale'];
type Captions = Pick<ChartSpec<DepartureRow>, 'title' | 'takeaway' | 'description' | 'notes' | 'sources'>;

/** The chart's title, takeaway, description, notes and sources, worded from its message table. */
export function departuresCaptions(incidents: readonly Incident[], rows: readonly DepartureRow[], locale: Locale): Captions {
	const series = incidents.map((inc) => rows.filter((r) => r.incidentId === inc.id)).filter((s) => s.length > 0);
	const first = series.map((s) => s[0]!);
	return {
		title: text(locale, 'chart.departures.title'),
		takeaway: takeaway(first, locale),
		description: text(locale, 'chart.departures.description', { series: series.map((s) => seriesDescription(s, locale)).join('; ') }),
		notes: notes(series, rows, locale),
		sources: [...new Set(rows.flatMap((r) => r.sources))],
	};
}

/** How many left in each window; with several windows, the daily rates when the bases match. */
function takeaway(first: readonly DepartureRow[], locale: Locale): string {
	if (first.length === 0) return text(locale, 'chart.departures.takeaway.none');
	const total = (r: DepartureRow) => formatValue(r.windowTotal, r.unit, locale);
	const perDay = (r: DepartureRow) => formatValue(Math.round(r.windowTotal / r.windowDays), r.unit, locale);
	const lost = joinPhrases(
		first.map((r) => text(locale, 'chart.departures.takeaway.lost.item', { incident: r.incident, total: total(r), days: r.windowDays, basis: r.basisShort })),
		locale,
	);
	if (first.length === 1) return text(locale, 'chart.departures.takeaway.left', { lost });
	if (new Set(first.map((r) => r.basis)).size > 1) return text(locale, 'chart.departures.takeaway.leftBasesDiffer', { lost });
	const rates = first.map((r) => text(locale, 'chart.departures.takeaway.perDay.item', { incident: r.incident, perDay: perDay(r) }));
	return text(locale, 'chart.departures.takeaway.leftPerDay', { lost, perDay: joinPhrases(rates, locale) });
}

function notes(series: readonly DepartureRow[][], rows: readonly DepartureRow[], locale: Locale): string[] {
	const first = series.map((s) => s[0]!);
	const exact = (n: number) => formatExact(n, locale);
	const gaps = series.flatMap((s) => {
		const missing = s.filter((r) => r.value === null).map((r) => r.day);
		if (!missing.length) return [];
		const r = s[0]!;
		const days = missing.map((day) => text(locale, 'chart.departures.notes.gap.day', { day })).join(', ');
		return [text(locale, 'chart.departures.notes.gap.item', { incident: r.incident, days: r.windowDays, count: missing.length, missing: days })];
	});
	const windows = first.map((r) => {
		const start = formatDate(rows.find((x) => x.incidentId === r.incidentId && x.day === 1)!.date, locale);
		return text(locale, 'chart.departures.notes.window', { incident: r.incident, start, days: r.windowDays, total: exact(r.windowTotal), basis: r.basis });
	});
	const runningTotals = first.map((r) => {
		const published = rows.filter((x) => x.incidentId === r.incidentId && x.value !== null);
		const sum = published.reduce((acc, x) => acc + x.value!, 0);
		if (published.length === r.windowDays) return text(locale, 'chart.departures.notes.everyDay', { incident: r.incident });
		return r.complete
			? text(locale, 'chart.departures.notes.complete', { incident: r.incident })
			: text(locale, 'chart.departures.notes.incomplete', { incident: r.incident, sum: exact(sum), total: exact(r.windowTotal) });
	});
	return [
		...windows,
		text(locale, 'chart.departures.notes.bases'),
		...(gaps.length ? [text(locale, 'chart.departures.notes.gaps', { gaps: gaps.join('; ') })] : []),
		...runningTotals,
		...(rows.some((r) => r.note) ? [text(locale, 'chart.departures.notes.dayNotes')] : []),
		text(locale, 'chart.departures.notes.dashed'),
	];
}

/** "Alpha (basis, total 60,000): day 1 10,000, day 2 not published, …". */
function seriesDescription(s: readonly DepartureRow[], locale: Locale): string {
	const r = s[0]!;
	const days = s.map((x) =>
		text(locale, 'chart.departures.description.day', { day: x.day, value: x.value === null ? text(locale, 'chart.departures.notPublished') : formatExact(x.value, locale) }),
	);
	return text(locale, 'chart.departures.description.series', { incident: r.incident, basis: r.basis, total: formatExact(r.windowTotal, locale), days: days.join(', ') });
}
