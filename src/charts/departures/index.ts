// The departures chart — day by day inside each fee-waiver window.
import type { Incident } from '../../schemas/incident.ts';
import { formatExact } from '../../lib/format/formatNumber.ts';
import { formatDate } from '../../lib/format/formatDate.ts';
import type { ChartContext, ChartSpec } from '../shared/types.ts';
import { atTwoWidths } from '../shared/twoWidths.ts';
import { unitColumn } from '../shared/unitColumn.ts';
import { legendFor } from '../shared/incidentLegend.ts';
import { departuresPlot } from './plot.ts';
import { basisText, departuresRows, waiverOutcome, type DepartureRow } from './rows.ts';
import { departuresCaptions } from './captions.ts';
import { departuresText as text } from './messages.ts';
import { inBothLocales } from '../shared/inBothLocales.ts';
import { sharedChartText } from '../shared/messages.ts';

export function departuresChart(incidents: readonly Incident[], ctx: ChartContext): ChartSpec<DepartureRow> {
	return atTwoWidths(ctx, (c) => drawDeparturesChart(incidents, c));
}

function drawDeparturesChart(incidents: readonly Incident[], ctx: ChartContext): ChartSpec<DepartureRow> {
	const { locale } = ctx;
	const rows = departuresRows(incidents, locale);
	return {
		id: 'departures',
		...departuresCaptions(incidents, rows, locale),
		rows,
		columns: [
			{ key: 'incident', label: inBothLocales(sharedChartText, 'chart.shared.column.incident'), value: (r) => r.incident },
			{ key: 'date', label: inBothLocales(text, 'chart.departures.column.date'), value: (r) => r.date, format: (r, l) => formatDate(r.date, l) },
			{ key: 'day', label: inBothLocales(text, 'chart.departures.column.day'), value: (r) => r.day, numeric: true },
			{
				key: 'value',
				label: inBothLocales(text, 'chart.departures.column.value'),
				value: (r) => r.value,
				format: (r, l) => (r.value === null ? text(l, 'chart.departures.notPublished') : formatExact(r.value, l)),
				numeric: true,
			},
			{
				key: 'cumulative',
				label: inBothLocales(text, 'chart.departures.column.cumulative'),
				value: (r) => r.cumulative,
				format: (r, l) => (r.cumulative === null ? text(l, 'chart.departures.unknown') : formatExact(r.cumulative, l)),
				numeric: true,
			},
			unitColumn(inBothLocales(text, 'chart.departures.column.unit'), (r) => r.unit),
			{ key: 'basis', label: inBothLocales(text, 'chart.departures.column.basis'), value: (r) => r.basis },
			{ key: 'windowTotal', label: inBothLocales(text, 'chart.departures.column.windowTotal'), value: (r) => r.windowTotal, format: (r, l) => formatExact(r.windowTotal, l), numeric: true },
			{ key: 'note', label: inBothLocales(text, 'chart.departures.column.note'), value: (r) => r.note },
			{ key: 'sources', label: inBothLocales(sharedChartText, 'chart.shared.column.sources'), value: (r) => r.sources.join(' ') },
		],
		plot: departuresPlot(rows, 'daily', ctx),
		views: [
			{
				id: 'cumulative',
				label: text(locale, 'chart.departures.view.cumulative'),
				note: text(locale, 'chart.departures.view.cumulative.note'),
				plot: departuresPlot(rows, 'cumulative', ctx),
			},
		],
		legend: legendFor(incidents, locale, (inc) => {
			const o = waiverOutcome(inc);
			return o ? basisText(o, locale) : text(locale, 'chart.departures.legend.noData');
		}),
		...(rows.length === 0 ? { empty: { reason: text(locale, 'chart.departures.empty') } } : {}),
	};
}
