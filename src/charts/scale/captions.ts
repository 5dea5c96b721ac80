// The scale chart's title, takeaway, description and notes, from its rows.
import { formatExact, formatValue } from '../../lib/format/formatNumber.ts';
import type { ChartContext, ChartSpec } from '../shared/types.ts';
import type { Incident } from '../../schemas/incident.ts';
import { peopleRatio } from '../../lib/incidents/peopleRatio.ts';
import { scaleText } from './messages.ts';
import { scaleLabel, type ScaleRow } from './rows.ts';

type Captions = Pick<ChartSpec<ScaleRow>, 'title' | 'takeaway' | 'description' | 'notes' | 'sources'>;

export function scaleCaptions(incidents: readonly Incident[], rows: readonly ScaleRow[], locale: ChartContext['locale']): Captions {
	const people = peopleRatio(incidents);
	const takeaway = people
		? scaleText(locale, 'chart.scale.takeaway.people', {
				largest: people.largest.incident.shortName[locale],
				smallest: people.smallest.incident.shortName[locale],
				ratio: formatExact(Math.round(people.ratio), locale, 0),
			})
		: scaleText(locale, 'chart.scale.takeaway.plain');
	const bars = rows.map((r) => `${scaleLabel(r)}: ${formatValue(r.value, r.unit, locale)} (${r.asOf})`).join('; ');
	return {
		title: scaleText(locale, 'chart.scale.title'),
		takeaway,
		description: scaleText(locale, 'chart.scale.description', { bars }),
		notes: [scaleText(locale, 'chart.scale.notes.units'), scaleText(locale, 'chart.scale.notes.logScale')],
		sources: [...new Set(rows.flatMap((r) => r.sources))],
	};
}
