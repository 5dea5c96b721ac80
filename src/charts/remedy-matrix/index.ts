// The remedy matrix — which customer remedies each carrier offered, with their terms.
import type { Incident } from '../../schemas/incident.ts';
import type { ChartContext, ChartSpec } from '../shared/types.ts';
import { atTwoWidths } from '../shared/twoWidths.ts';
import { legendFor } from '../shared/incidentLegend.ts';
import { remedyMatrixPlot } from './plot.ts';
import { remedyMatrixRows, type RemedyMatrixRow } from './rows.ts';
import { remedyMatrixCaptions } from './captions.ts';
import { remedyMatrixText } from './messages.ts';

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
			{ key: 'kind', label: { ko: '보상 종류', en: 'Remedy kind' }, value: (r) => r.kind, format: (r) => r.kindLabel },
			{ key: 'incident', label: { ko: '사고', en: 'Incident' }, value: (r) => r.incident },
			{
				key: 'offered',
				label: { ko: '제공', en: 'Offered' },
				value: (r) => (r.offered ? 'yes' : 'no'),
				format: (r, l) => remedyMatrixText(l, r.offered ? 'chart.remedy-matrix.offered.yes' : 'chart.remedy-matrix.offered.no'),
			},
			{ key: 'remedies', label: { ko: '보상', en: 'Remedies' }, value: (r) => r.remedies },
			{ key: 'audience', label: { ko: '대상', en: 'Who' }, value: (r) => r.audience },
			{ key: 'terms', label: { ko: '조건', en: 'Terms' }, value: (r) => r.terms },
			{ key: 'window', label: { ko: '기간', en: 'Window' }, value: (r) => r.window },
			{ key: 'eligibility', label: { ko: '자격', en: 'Eligibility' }, value: (r) => r.eligibility },
			{ key: 'sources', label: { ko: '출처', en: 'Sources' }, value: (r) => r.sources.join(' ') },
		],
		plot: remedyMatrixPlot(incidents, rows, ctx),
		legend: legendFor(incidents, locale),
		...(rows.length === 0 ? { empty: { reason: remedyMatrixText(locale, 'chart.remedy-matrix.empty') } } : {}),
	};
}
