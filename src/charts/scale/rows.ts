// Each breach's scale in records, people and subscriber lines, never mixed.
import type { Incident } from '../../schemas/incident.ts';
import type { Metric } from '../../schemas/figure.ts';
import type { Unit } from '../../schemas/common.ts';
import { figureFor } from '../../lib/data/queries.ts';
import type { ChartContext } from '../shared/types.ts';

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

const MEASURES: readonly { metric: Metric; ko: string; en: string }[] = [
	{ metric: 'records-leaked', ko: '유출 기록', en: 'Records leaked' },
	{ metric: 'people-affected', ko: '피해자(사람)', en: 'People affected' },
	{ metric: 'subscriber-lines', ko: '가입 회선', en: 'Subscriber lines' },
];

export function scaleRows(incidents: readonly Incident[], locale: ChartContext['locale']): ScaleRow[] {
	return incidents.flatMap((inc) =>
		MEASURES.flatMap((m) => {
			const f = figureFor(inc, m.metric);
			if (!f) return [];
			return [
				{
					incidentId: inc.id,
					incident: inc.shortName[locale],
					metric: m.metric,
					measure: m[locale],
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
