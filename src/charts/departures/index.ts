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
import { departuresProse } from './text.ts';
import { departuresText as text } from './messages.ts';

export function departuresChart(incidents: readonly Incident[], ctx: ChartContext): ChartSpec<DepartureRow> {
	return atTwoWidths(ctx, (c) => drawDeparturesChart(incidents, c));
}

function drawDeparturesChart(incidents: readonly Incident[], ctx: ChartContext): ChartSpec<DepartureRow> {
	const { locale } = ctx;
	const rows = departuresRows(incidents, locale);
	return {
		id: 'departures',
		...departuresProse(incidents, rows, locale),
		rows,
		columns: [
			{ key: 'incident', label: { ko: '사고', en: 'Incident' }, value: (r) => r.incident },
			{ key: 'date', label: { ko: '날짜', en: 'Date' }, value: (r) => r.date, format: (r, l) => formatDate(r.date, l) },
			{ key: 'day', label: { ko: '며칠째', en: 'Day of window' }, value: (r) => r.day, numeric: true },
			{
				key: 'value',
				label: { ko: '이탈', en: 'Departures' },
				value: (r) => r.value,
				format: (r, l) => (r.value === null ? text(l, 'chart.departures.notPublished') : formatExact(r.value, l)),
				numeric: true,
			},
			{
				key: 'cumulative',
				label: { ko: '누적', en: 'Cumulative' },
				value: (r) => r.cumulative,
				format: (r, l) => (r.cumulative === null ? text(l, 'chart.departures.unknown') : formatExact(r.cumulative, l)),
				numeric: true,
			},
			unitColumn({ ko: '단위', en: 'Unit' }, (r) => r.unit),
			{ key: 'basis', label: { ko: '기준', en: 'Basis' }, value: (r) => r.basis },
			{ key: 'windowTotal', label: { ko: '기간 합계', en: 'Window total' }, value: (r) => r.windowTotal, format: (r, l) => formatExact(r.windowTotal, l), numeric: true },
			{ key: 'note', label: { ko: '메모', en: 'Note' }, value: (r) => r.note },
			{ key: 'sources', label: { ko: '출처', en: 'Sources' }, value: (r) => r.sources.join(' ') },
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
