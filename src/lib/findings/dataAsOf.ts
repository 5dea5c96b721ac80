/**
 * How current the data is: the newest date any incident figure, event or departures count describes
 * (a count describes the end of its window).
 * The brief prints it as its "as of", so a rebuild without new data does not make the page look newer.
 */
import type { Incident } from '../../schemas/incident.ts';

/** The newest such date, as written in the data (a partial date stays partial, e.g. `2025-09`). */
export function dataAsOf(incidents: readonly Incident[]): string | undefined {
	const dates = incidents.flatMap((i) => [
		...i.figures.map((f) => String(f.asOf)),
		...i.events.map((e) => e.date),
		...i.outcomes.map((o) => o.window.end),
	]);
	// ISO dates and their partial forms sort as strings; a partial date sorts before the days it covers.
	return dates.reduce<string | undefined>((a, b) => (a === undefined || b > a ? b : a), undefined);
}
