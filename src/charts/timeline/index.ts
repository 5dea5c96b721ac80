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
			{ key: 'incident', label: { ko: '사고', en: 'Incident' }, value: (r) => r.incident },
			{ key: 'date', label: { ko: '날짜', en: 'Date' }, value: (r) => r.date, format: (r, l) => formatDate(r.date, l) },
			{ key: 'endDate', label: { ko: '종료일', en: 'End date' }, value: (r) => r.endDate, format: (r, l) => (r.endDate ? formatDate(r.endDate, l) : '') },
			{ key: 'day', label: { ko: '공개 후 일수', en: 'Days since disclosure' }, value: (r) => r.day, numeric: true },
			{ key: 'endDay', label: { ko: '종료 일수', en: 'End day' }, value: (r) => r.endDay, numeric: true },
			{ key: 'kind', label: { ko: '종류', en: 'Kind' }, value: (r) => r.kind, format: (r) => r.kindLabel },
			{ key: 'label', label: { ko: '사건', en: 'Event' }, value: (r) => r.label },
			{
				key: 'shown',
				label: { ko: '표시', en: 'Drawn' },
				value: (r) => r.shown,
				format: (r, l) => timelineText(l, `chart.timeline.shown.${r.shown}`),
			},
			{ key: 'sources', label: { ko: '출처', en: 'Sources' }, value: (r) => r.sources.join(' ') },
		],
		plot: timelinePlot(incidents, rows, ctx),
		legend: [...legendFor(incidents, locale), ...timelineKey(rows, locale)],
		...(rows.length === 0 ? { empty: { reason: timelineText(locale, 'chart.timeline.empty') } } : {}),
	};
}
