// The scale chart — each breach in records, people and subscriber lines.
import type { Incident } from '../../schemas/incident.ts';
import { formatExact } from '../../lib/format/formatNumber.ts';
import type { ChartContext, ChartSpec } from '../shared/types.ts';
import { atTwoWidths } from '../shared/twoWidths.ts';
import { unitColumn } from '../shared/unitColumn.ts';
import { legendFor } from '../shared/incidentLegend.ts';
import { scalePlot } from './plot.ts';
import { scaleRows, type ScaleRow } from './rows.ts';
import { scaleCaptions } from './captions.ts';
import { scaleText } from './messages.ts';
import { inBothLocales } from '../shared/inBothLocales.ts';
import { sharedChartText } from '../shared/messages.ts';

export function scaleChart(incidents: readonly Incident[], ctx: ChartContext): ChartSpec<ScaleRow> {
	return atTwoWidths(ctx, (c) => drawScaleChart(incidents, c));
}

function drawScaleChart(incidents: readonly Incident[], ctx: ChartContext): ChartSpec<ScaleRow> {
	const { locale } = ctx;
	const rows = scaleRows(incidents, locale);
	return {
		id: 'scale',
		...scaleCaptions(incidents, rows, locale),
		rows,
		columns: [
			{ key: 'incident', label: inBothLocales(sharedChartText, 'chart.shared.column.incident'), value: (r) => r.incident },
			{ key: 'measure', label: inBothLocales(scaleText, 'chart.scale.column.measure'), value: (r) => r.measure },
			{
				key: 'value',
				label: inBothLocales(scaleText, 'chart.scale.column.value'),
				value: (r) => r.value,
				format: (r, l) => formatExact(r.value, l),
				numeric: true,
			},
			unitColumn(inBothLocales(scaleText, 'chart.scale.column.unit'), (r) => r.unit),
			{ key: 'asOf', label: inBothLocales(scaleText, 'chart.scale.column.asOf'), value: (r) => r.asOf },
			{ key: 'sources', label: inBothLocales(sharedChartText, 'chart.shared.column.sources'), value: (r) => r.sources.join(' ') },
		],
		plot: scalePlot(rows, incidents, 'log', ctx),
		views: [
			{
				id: 'linear',
				label: scaleText(locale, 'chart.scale.view.linear'),
				note: scaleText(locale, 'chart.scale.view.linearNote'),
				plot: scalePlot(rows, incidents, 'linear', ctx),
			},
		],
		legend: legendFor(incidents, locale),
		...(rows.length === 0 ? { empty: { reason: scaleText(locale, 'chart.scale.empty') } } : {}),
	};
}
