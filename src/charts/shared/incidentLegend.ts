// The colour key of charts that colour by incident.
import type { Incident } from '../../schemas/incident.ts';
import type { ChartContext } from './types.ts';
import { seriesColor } from './palette.ts';

/**
 * One entry per incident, in data order, coloured `seriesColor(i)`. Every incident is listed, even one
 * a chart cannot draw (`describe` can say so), because ChartFigure colours swatches by list position.
 */
export function legendFor(
	incidents: readonly Incident[],
	locale: ChartContext['locale'],
	describe?: (incident: Incident, index: number) => string | undefined,
): { label: string; color: string }[] {
	return incidents.map((inc, i) => {
		const extra = describe?.(inc, i);
		return { label: extra ? `${inc.shortName[locale]}: ${extra}` : inc.shortName[locale], color: seriesColor(i) };
	});
}
