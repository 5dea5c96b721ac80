// The scale chart's Plot options, on a log scale (default) or a linear one.
import * as Plot from '@observablehq/plot';
import type { Incident } from '../../schemas/incident.ts';
import { formatExact, formatValue } from '../../lib/format/formatNumber.ts';
import type { ChartContext } from '../shared/types.ts';
import { seriesColor } from '../shared/palette.ts';
import { FONT, isNarrow } from '../shared/chartSize.ts';
import { textWidth } from '../shared/textFit.ts';
import { linearTicks, powersOfTen, ticksThatFit } from '../shared/tickFit.ts';
import { scaleText } from './messages.ts';
import { scaleLabel, type ScaleRow } from './rows.ts';

export function scalePlot(rows: readonly ScaleRow[], incidents: readonly Incident[], type: 'log' | 'linear', ctx: ChartContext): Plot.PlotOptions {
	const { locale, width } = ctx;
	const colorOf = new Map(incidents.map((inc, i) => [inc.shortName[locale], seriesColor(i)]));
	// On a phone the row label takes two lines (incident, then measure) and the value drops its unit word.
	const narrow = isNarrow(width);
	const rowText = (label: string) => (narrow ? label.replace(' · ', '\n') : label);
	const valueText = (r: ScaleRow) => formatValue(r.value, narrow ? 'count' : r.unit, locale);
	const marginLeft = 12 + Math.max(40, ...rows.flatMap((r) => rowText(scaleLabel(r)).split('\n').map((l) => textWidth(l, FONT))));
	const marginRight = 16 + Math.max(30, ...rows.map((r) => textWidth(valueText(r), FONT)));
	const plotW = width - marginLeft - marginRight;
	const max = Math.max(1, ...rows.map((r) => r.value));
	const tickLabelW = textWidth(formatValue(max, 'count', locale), FONT);
	return {
		width,
		height: 52 + rows.length * (narrow ? 40 : 34),
		marginLeft,
		marginRight,
		marginBottom: 42,
		x: {
			type,
			label: scaleText(locale, `chart.scale.axis.${type}`),
			tickFormat: (d: number) => (type === 'log' ? formatLogTick(d, locale) : formatValue(d, 'count', locale)),
			ticks: type === 'log' ? powersOfTen(1, max, ticksThatFit(plotW, tickLabelW)) : linearTicks(0, max, plotW, (d) => formatValue(d, 'count', locale), FONT),
			grid: true,
		},
		y: { domain: rows.map(scaleLabel), tickFormat: rowText, label: null },
		ariaLabel: scaleText(locale, 'chart.scale.ariaLabel'),
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
				text: valueText,
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
