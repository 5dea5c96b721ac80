// The timeline — every incident's events on one "days since disclosure" axis.
import type { Incident } from '../../schemas/incident.ts';
import { formatDate } from '../../lib/format/formatDate.ts';
import type { ChartContext, ChartSpec } from '../shared/types.ts';
import { atTwoWidths } from '../shared/twoWidths.ts';
import { legendFor } from '../shared/incidentLegend.ts';
import { timelineKey, timelinePlot } from './plot.ts';
import { timelineRows, type TimelineRow } from './rows.ts';
import { timelineCaptions } from './captions.ts';
import { timelineText } from './messages.ts';
import { inBothLocales } from '../shared/inBothLocales.ts';
import { sharedChartText } from '../shared/messages.ts';

export function timelineChart(incidents: readonly Incident[], ctx: ChartContext): ChartSpec<TimelineRow> {
	return atTwoWidths(ctx, (c) => drawTimelineChart(incidents, c));
}

function drawTimelineChart(incidents: readonly Incident[], ctx: ChartContext): ChartSpec<TimelineRow> {
	const { locale } = ctx;
	const rows = timelineRows(incidents, locale);
	return {
		id: 'timeline',
		...timelineCaptions(incidents, rows, locale),
		rows,
		columns: [
			{ key: 'incident', label: inBothLocales(sharedChartText, 'chart.shared.column.incident'), value: (r) => r.incident },
			{ key: 'date', label: inBothLocales(timelineText, 'chart.timeline.column.date'), value: (r) => r.date, format: (r, l) => formatDate(r.date, l) },
			{ key: 'endDate', label: inBothLocales(timelineText, 'chart.timeline.column.endDate'), value: (r) => r.endDate, format: (r, l) => (r.endDate ? formatDate(r.endDate, l) : '') },
			{ key: 'day', label: inBothLocales(timelineText, 'chart.timeline.column.day'), value: (r) => r.day, numeric: true },
			{ key: 'endDay', label: inBothLocales(timelineText, 'chart.timeline.column.endDay'), value: (r) => r.endDay, numeric: true },
			{ key: 'kind', label: inBothLocales(timelineText, 'chart.timeline.column.kind'), value: (r) => r.kind, format: (r) => r.kindLabel },
			{ key: 'label', label: inBothLocales(timelineText, 'chart.timeline.column.label'), value: (r) => r.label },
			{
				key: 'shown',
				label: inBothLocales(timelineText, 'chart.timeline.column.shown'),
				value: (r) => r.shown,
				format: (r, l) => timelineText(l, `chart.timeline.shown.${r.shown}`),
			},
			{ key: 'sources', label: inBothLocales(sharedChartText, 'chart.shared.column.sources'), value: (r) => r.sources.join(' ') },
		],
		plot: timelinePlot(incidents, rows, ctx),
		legend: [...legendFor(incidents, locale), ...timelineKey(rows, locale)],
		...(rows.length === 0 ? { empty: { reason: timelineText(locale, 'chart.timeline.empty') } } : {}),
	};
}
