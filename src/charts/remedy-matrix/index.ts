// The remedy matrix — which customer remedies each carrier offered, with their terms.
import type { Incident } from '../../schemas/incident.ts';
import type { ChartContext, ChartSpec } from '../shared/types.ts';
import { atTwoWidths } from '../shared/twoWidths.ts';
import { legendFor } from '../shared/incidentLegend.ts';
import { remedyMatrixPlot } from './plot.ts';
import { remedyMatrixRows, type RemedyMatrixRow } from './rows.ts';
import { remedyMatrixCaptions } from './captions.ts';
import { remedyMatrixText } from './messages.ts';
import { inBothLocales } from '../shared/inBothLocales.ts';
import { sharedChartText } from '../shared/messages.ts';

export function remedyMatrixChart(incidents: readonly Incident[], ctx: ChartContext): ChartSpec<RemedyMatrixRow> {
	return atTwoWidths(ctx, (c) => drawRemedyMatrixChart(incidents, c));
}

function drawRemedyMatrixChart(incidents: readonly Incident[], ctx: ChartContext): ChartSpec<RemedyMatrixRow> {
	const { locale } = ctx;
	const rows = remedyMatrixRows(incidents, locale);
	return {
		id: 'remedy-matrix',
		...remedyMatrixCaptions(incidents, rows, locale),
		rows,
		columns: [
			{ key: 'kind', label: inBothLocales(remedyMatrixText, 'chart.remedy-matrix.column.kind'), value: (r) => r.kind, format: (r) => r.kindLabel },
			{ key: 'incident', label: inBothLocales(sharedChartText, 'chart.shared.column.incident'), value: (r) => r.incident },
			{
				key: 'offered',
				label: inBothLocales(remedyMatrixText, 'chart.remedy-matrix.column.offered'),
				value: (r) => (r.offered ? 'yes' : 'no'),
				format: (r, l) => remedyMatrixText(l, r.offered ? 'chart.remedy-matrix.offered.yes' : 'chart.remedy-matrix.offered.no'),
			},
			{ key: 'remedies', label: inBothLocales(remedyMatrixText, 'chart.remedy-matrix.column.remedies'), value: (r) => r.remedies },
			{ key: 'audience', label: inBothLocales(remedyMatrixText, 'chart.remedy-matrix.column.audience'), value: (r) => r.audience },
			{ key: 'terms', label: inBothLocales(remedyMatrixText, 'chart.remedy-matrix.column.terms'), value: (r) => r.terms },
			{ key: 'window', label: inBothLocales(remedyMatrixText, 'chart.remedy-matrix.column.window'), value: (r) => r.window },
			{ key: 'eligibility', label: inBothLocales(remedyMatrixText, 'chart.remedy-matrix.column.eligibility'), value: (r) => r.eligibility },
			{ key: 'sources', label: inBothLocales(sharedChartText, 'chart.shared.column.sources'), value: (r) => r.sources.join(' ') },
		],
		plot: remedyMatrixPlot(incidents, rows, ctx),
		legend: legendFor(incidents, locale),
		...(rows.length === 0 ? { empty: { reason: remedyMatrixText(locale, 'chart.remedy-matrix.empty') } } : {}),
	};
}
