// Daily departures inside each fee-waiver window, with unpublished days kept empty.
import type { Incident } from '../../schemas/incident.ts';
import type { Outcome } from '../../schemas/outcome.ts';
import { preferredOutcome } from '../../lib/data/queries.ts';
import { daysBetween } from '../../lib/format/formatDate.ts';
import { unitWord } from '../../i18n/unitWords.ts';
import type { ChartContext } from '../shared/types.ts';
import { departuresText as text } from './messages.ts';

type Locale = ChartContext['locale'];

export interface DepartureRow {
	incidentId: string;
	incident: string;
	/** Index of the incident in data order (its colour). */
	index: number;
	outcomeId: string;
	date: string;
	/** Day of the window: 1 = window start. */
	day: number;
	/** Departures counted that day; null = no count was published (not zero). */
	value: number | null;
	/**
	 * Running total on published days. When the published days add up to the window total, a missing
	 * day's departures were counted on a later day (a Sunday folded into Monday), so the running total is
	 * known on every published day; otherwise only until the first gap. Null where unknown.
	 */
	cumulative: number | null;
	/** Whether the published daily counts add up exactly to the window total. */
	complete: boolean;
	unit: Outcome['unit'];
	/** How the count was taken, with its unit; `basisShort` leaves the unit out. */
	basis: string;
	basisShort: string;
	note: string | null;
	windowDays: number;
	windowTotal: number;
	sources: string[];
}

/** "gross, MVNO moves excluded, counted in people": how a departures count was taken. */
export function basisText(o: Outcome, locale: Locale, withUnit = true): string {
	const measure = text(locale, `chart.departures.basis.measure.${o.basis.measure}`);
	const mvno = text(locale, `chart.departures.basis.mvno.${o.basis.mvno}`);
	return withUnit
		? text(locale, 'chart.departures.basis.withUnit', { measure, mvno, unit: unitWord(o.unit, locale) })
		: text(locale, 'chart.departures.basis.short', { measure, mvno });
}

/** The outcome each incident is drawn from: its preferred departures count for the waiver window. */
export function waiverOutcome(incident: Incident): Outcome | undefined {
	return preferredOutcome(incident, 'waiver');
}

/** One row per incident per day of its waiver window, published or not. */
export function departuresRows(incidents: readonly Incident[], locale: Locale): DepartureRow[] {
	return incidents.flatMap((inc, index) => {
		const o = waiverOutcome(inc);
		if (!o) return [];
		const windowDays = daysBetween(o.window.start, o.window.end) + 1;
		const byDate = new Map(o.daily.map((d) => [d.date, d]));
		const complete = o.daily.length > 0 && o.daily.reduce((sum, d) => sum + d.value, 0) === o.value;
		let running = 0;
		let broken = false;
		return Array.from({ length: windowDays }, (_, i) => {
			const date = new Date(Date.parse(o.window.start) + i * 86_400_000).toISOString().slice(0, 10);
			const point = byDate.get(date);
			if (point) running += point.value;
			else broken = true;
			return {
				incidentId: inc.id,
				incident: inc.shortName[locale],
				index,
				outcomeId: o.id,
				date,
				day: i + 1,
				value: point?.value ?? null,
				cumulative: point && (complete || !broken) ? running : null,
				complete,
				unit: o.unit,
				basis: basisText(o, locale),
				basisShort: basisText(o, locale, false),
				note: point?.note?.[locale] ?? null,
				windowDays,
				windowTotal: o.value,
				sources: o.sources,
			};
		});
	});
}
