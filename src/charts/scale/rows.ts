// Each breach's scale in records, people and subscriber lines, never mixed.
import type { Incident } from '../../schemas/incident.ts';
import type { Metric } from '../../schemas/figure.ts';
import type { Unit } from '../../schemas/common.ts';
import { figureFor } from '../../lib/data/queries.ts';
import type { ChartContext } from '../shared/types.ts';
import { scaleText } from './messages.ts';

export interface ScaleRow {
	incidentId: string;
	incident: string;
	metric: Metric;
	measure: string;
	value: number;
	unit: Unit;
	asOf: string;
	sources: string[];
}

/** The metrics drawn, in order; each has its name in messages.ts. */
const MEASURES = ['records-leaked', 'people-affected', 'subscriber-lines'] as const satisfies readonly Metric[];

export function scaleRows(incidents: readonly Incident[], locale: ChartContext['locale']): ScaleRow[] {
	return incidents.flatMap((inc) =>
		MEASURES.flatMap((metric) => {
			const f = figureFor(inc, metric);
			if (!f) return [];
			return [
				{
					incidentId: inc.id,
					incident: inc.shortName[locale],
					metric,
					measure: scaleText(locale, `chart.scale.measure.${metric}`),
					value: f.value,
					unit: f.unit,
					asOf: String(f.asOf),
					sources: f.sources,
				},
			];
		}),
	);
}

/** The axis label of a row: incident and measure. */
export function scaleLabel(r: ScaleRow): string {
	return `${r.incident} · ${r.measure}`;
}
