// Ships to the browser: the benchmarks chart's Plot options, one view per remedy group.
import * as Plot from '@observablehq/plot';
import type { ChartContext } from '../shared/types.ts';
import { seriesColor } from '../shared/palette.ts';
import { FONT, SMALL_FONT, isNarrow } from '../shared/chartSize.ts';
import { textWidth, wrapText } from '../shared/textFit.ts';
import { powersOfTen, ticksThatFit } from '../shared/tickFit.ts';
import { unique } from '../shared/unique.ts';
import { formatKrwPerUnit, formatUsdPerUnit, logTick } from './format.ts';
import { GROUP_LABEL, STATUS_LABEL, TYPE_LABEL, unitPer } from './labels.ts';
import { perUnitValue } from './captions.ts';
import { benchmarksText } from './messages.ts';
import type { BenchmarkChartRow, DrawnGroup } from './rows.ts';

/** One group's view: a dot per item on a log scale of won per unit, cases ranked by their largest item. */
export function benchmarksPlot(rows: readonly BenchmarkChartRow[], group: DrawnGroup, ctx: ChartContext): Plot.PlotOptions {
	const { locale, width } = ctx;
	const inGroup = rows.filter((r) => r.group === group && r.krw !== null);
	const dots = inGroup.filter((r) => r.primary);
	const alts = inGroup.filter((r) => !r.primary);
	const ariaLabel = benchmarksText(locale, 'chart.benchmarks.ariaLabel', { group: GROUP_LABEL[group][locale] });
	if (dots.length === 0) {
		return {
			width,
			height: 80,
			marginLeft: 0,
			ariaLabel,
			x: { axis: null },
			y: { axis: null },
			marks: [Plot.text([benchmarksText(locale, 'chart.benchmarks.plot.nothing')], { frameAnchor: 'middle', fill: 'currentColor' })],
		};
	}
	// Cases top to bottom by their largest item, so the order reads as a ranking.
	const maxOf = new Map<string, number>();
	for (const r of dots) maxOf.set(r.caseLabel, Math.max(maxOf.get(r.caseLabel) ?? 0, r.krw!));
	const order = [...maxOf.keys()].sort((a, b) => maxOf.get(b)! - maxOf.get(a)! || a.localeCompare(b));
	const values = [...dots, ...alts].map((r) => r.krw!);
	const lo = 10 ** Math.floor(Math.log10(Math.min(...values)));
	const hi = 10 ** Math.ceil(Math.log10(Math.max(...values)));
	const domain: [number, number] = [lo, hi === lo ? lo * 10 : hi];
	const highlightLabels = unique(dots.filter((r) => r.highlight).map((r) => r.caseLabel));
	const plainLabels = order.filter((l) => !highlightLabels.includes(l));
	const fill = (r: BenchmarkChartRow) => seriesColor(r.colorIndex);
	const title = (r: BenchmarkChartRow) =>
		`${r.caseLabel} — ${r.itemLabel} (${TYPE_LABEL[r.type][locale]}, ${STATUS_LABEL[r.status][locale]}): ${perUnitValue(r, locale)} ≈ ${formatUsdPerUnit(r.usd!, locale)}`;
	// Alternative definitions of the same item: a thin line from the lowest to the highest value.
	const spans = unique(alts.map((r) => `${r.caseId}/${r.itemId}`)).flatMap((k) => {
		const same = inGroup.filter((r) => `${r.caseId}/${r.itemId}` === k);
		const v = same.map((r) => r.krw!);
		return [{ y: same[0]!.caseLabel, x1: Math.min(...v), x2: Math.max(...v) }];
	});
	// Label a hollow dot with its unit only where it stands clear of the item's other dots.
	const clear = (r: BenchmarkChartRow) =>
		inGroup.every((o) => o === r || o.caseId !== r.caseId || o.itemId !== r.itemId || Math.abs(Math.log10(o.krw! / r.krw!)) > 0.3);
	// Case names wrap within the label column; rows grow to hold them.
	const labelWidth = isNarrow(width) ? 130 : 230;
	// The site's own incidents are set in bold (their axis labels below), so they are measured bold.
	const caseLines = new Map(order.map((l) => [l, wrapText(l, labelWidth - 12, FONT, highlightLabels.includes(l))]));
	const rowH = Math.max(34, 8 + 17 * Math.max(...[...caseLines.values()].map((l) => l.length)));
	const caseText = (l: string) => caseLines.get(l)?.join('\n') ?? l;
	const valueText = (r: BenchmarkChartRow) => formatKrwPerUnit(r.krw!, locale);
	const marginRight = 16 + Math.max(30, ...dots.filter((r) => r.highlight).map((r) => textWidth(valueText(r), FONT, true)));
	const plotW = width - labelWidth - marginRight;
	const px = (v: number) => ((Math.log10(v) - Math.log10(domain[0])) / (Math.log10(domain[1]) - Math.log10(domain[0]))) * plotW;
	// A highlighted value is written right of its dot. It moves above the row where the next value on
	// the row is too close, or where a line to the same item's other values runs right from the dot
	// (through the text it would read as a strikethrough); below the row where, above, it would meet
	// the unit written over such a hollow dot.
	const valueDy = new Map<BenchmarkChartRow, number>();
	for (const label of highlightLabels) {
		let end = -Infinity;
		for (const r of dots.filter((d) => d.highlight && d.caseLabel === label).sort((a, b) => a.krw! - b.krw!)) {
			const x = px(r.krw!) + 11;
			const w = textWidth(valueText(r), FONT, true);
			const struck = spans.some((s) => s.y === label && s.x1 <= r.krw! && s.x2 > r.krw!);
			if (x >= end + 4 && !struck) {
				valueDy.set(r, 0);
				end = x + w;
				continue;
			}
			const unitAbove = alts.filter((a) => a.caseLabel === label && clear(a)).some((a) => {
				const half = textWidth(unitPer(a.denominator.unit, locale), SMALL_FONT) / 2 + 4;
				return px(a.krw!) + half > x && px(a.krw!) - half < x + w;
			});
			valueDy.set(r, unitAbove ? 17 : -17);
		}
	}
	const tickLabelW = Math.max(...powersOfTen(domain[0], domain[1], 20).map((d) => textWidth(logTick(d, locale), FONT)));
	return {
		width,
		height: 60 + order.length * rowH,
		marginLeft: labelWidth,
		marginRight,
		marginBottom: 44,
		ariaLabel,
		x: {
			type: 'log',
			domain,
			label: benchmarksText(locale, 'chart.benchmarks.axis.x'),
			tickFormat: (d: number) => logTick(d, locale),
			ticks: powersOfTen(domain[0], domain[1], ticksThatFit(plotW, tickLabelW)),
			grid: true,
		},
		y: { domain: order, label: null, axis: null },
		marks: [
			Plot.barX(highlightLabels, { x1: domain[0], x2: domain[1], y: (d: string) => d, fill: 'var(--range)', fillOpacity: 0.18 }),
			Plot.axisY(plainLabels, { anchor: 'left', tickSize: 0, label: null, tickFormat: caseText }),
			Plot.axisY(highlightLabels, { anchor: 'left', tickSize: 0, label: null, tickFormat: caseText, fontWeight: 'bold' }),
			Plot.ruleY(spans, { y: 'y', x1: 'x1', x2: 'x2', stroke: 'currentColor', strokeOpacity: 0.5 }),
			Plot.dot(alts, { x: 'krw', y: 'caseLabel', r: 4, stroke: fill, strokeWidth: 1.5, fill: 'var(--bg)', title }),
			Plot.text(alts.filter(clear), { x: 'krw', y: 'caseLabel', text: (r: BenchmarkChartRow) => unitPer(r.denominator.unit, locale), dy: -16, fontSize: SMALL_FONT, fill: 'currentColor' }),
			Plot.dot(
				dots.filter((r) => !r.highlight),
				{ x: 'krw', y: 'caseLabel', r: 4.5, fill, fillOpacity: 0.9, title },
			),
			Plot.dot(
				dots.filter((r) => r.highlight),
				{ x: 'krw', y: 'caseLabel', r: 7, fill, stroke: 'currentColor', strokeWidth: 2, title },
			),
			...[0, -17, 17].map((dy) =>
				Plot.text(
					dots.filter((r) => r.highlight && (valueDy.get(r) ?? 0) === dy),
					{ x: 'krw', y: 'caseLabel', text: valueText, dx: 11, dy, textAnchor: 'start', fontWeight: 'bold', fill: 'currentColor' },
				),
			),
		],
	};
}
