// The scale chart's Plot options, on a log scale (default) or a linear one.
import * as Plot from '@observablehq/plot';
import type { Incident } from '../../schemas/incident.ts';
import { formatExact, formatValue } from '../../lib/format/formatNumber.ts';
import type { ChartContext } from '../shared/types.ts';
import { seriesColor } from '../shared/palette.ts';
import { scaleLabel, type ScaleRow } from './rows.ts';

export function scalePlot(rows: readonly ScaleRow[], incidents: readonly Incident[], type: 'log' | 'linear', ctx: ChartContext): Plot.PlotOptions {
	const { locale, width } = ctx;
	const ko = locale === 'ko';
	const colorOf = new Map(incidents.map((inc, i) => [inc.shortName[locale], seriesColor(i)]));
	return {
		width,
		height: 40 + rows.length * 34,
		marginLeft: ko ? 130 : 170,
		marginRight: 150,
		x: {
			type,
			label: ko ? '개수 (로그 눈금)' : 'Count (log scale)',
			...(type === 'linear' ? { label: ko ? '개수' : 'Count' } : {}),
			tickFormat: (d: number) => (type === 'log' ? formatLogTick(d, locale) : formatValue(d, 'count', locale)),
			ticks: type === 'log' ? 5 : 4,
			grid: true,
		},
		y: { domain: rows.map(scaleLabel), label: null },
		ariaLabel: ko ? '유출 규모 막대 차트' : 'Breach scale bar chart',
		marks: [
			Plot.barX(rows, {
				x1: type === 'log' ? 1 : 0,
				x2: 'value',
				y: scaleLabel,
				fill: (r: ScaleRow) => colorOf.get(r.incident),
				title: (r: ScaleRow) => `${scaleLabel(r)}: ${formatExact(r.value, locale)}`,
			}),
			Plot.text(rows, {
				x: 'value',
				y: scaleLabel,
				text: (r: ScaleRow) => formatValue(r.value, r.unit, locale),
				textAnchor: 'start',
				dx: 4,
				fill: 'currentColor',
			}),
			Plot.ruleX([type === 'log' ? 1 : 0]),
		],
	};
}

function formatLogTick(d: number, locale: ChartContext['locale']): string {
	if (!Number.isFinite(d) || d <= 0) return '0';
	const log = Math.log10(d);
	// On a log axis label only powers of ten; other ticks stay unlabelled.
	if (Math.abs(log - Math.round(log)) > 1e-9) return '';
	return formatValue(d, 'count', locale);
}
