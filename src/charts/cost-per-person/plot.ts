// Ships to the browser: the per-unit chart's Plot options — two panels (won per unit on a log scale, % on a linear one).
import * as Plot from '@observablehq/plot';
import { scaleLinear, scaleLog } from 'd3';
import { formatKrw, formatUsd } from '../../lib/format/formatNumber.ts';
import type { ChartContext } from '../shared/types.ts';
import { GRID, MUTED, RANGE, seriesColor } from '../shared/palette.ts';
import { textWidth } from '../shared/textFit.ts';
import type { KeyEntry } from '../shared/chartKey.ts';
import { FONT, SMALL_FONT, WIDE_WIDTH, isNarrow } from '../shared/chartSize.ts';
import { bandFrame, bandLayout, layoutMarks, type LayoutGroup } from '../shared/bandLayout.ts';
import type { RunInfo } from '../shared/modelRuns.ts';
import { PER_PERSON_PANELS, type PerPersonPanel, type PerPersonRow } from './rows.ts';
import { formatPerUnit, formatPerUnitRange } from './captions.ts';
import { costPerPersonText } from './messages.ts';

const STEP = 20;
const LABEL_W = 150;
/**
 * The row labels' column: LABEL_W at the desktop width, and wider in proportion for a wider drawing
 * (the brief's paper drawing), so labels wrap onto fewer lines and the chart grows wider, not taller.
 */
const labelWidth = (width: number) => Math.round(LABEL_W * Math.max(1, width / WIDE_WIDTH));
const MARGIN = { top: 6, bottom: 6 } as const;

/** Key to the range and its median, besides the incident colours. */
export function perPersonKey(locale: ChartContext['locale']): KeyEntry[] {
	return [{ label: costPerPersonText(locale, 'chart.cost-per-person.key.range'), color: RANGE, shape: 'line' }];
}

/** Each panel's own scale onto [0, 1] and its ticks: the two panels share no axis. */
function panelScales(rows: readonly PerPersonRow[], locale: ChartContext['locale'], plotW: number) {
	const of = (panel: PerPersonPanel) => rows.filter((r) => r.panel === panel).flatMap((r) => [r.p5, r.p50, r.p95]);
	const positive = of('per-unit').filter((v) => v > 0);
	const lo = 10 ** Math.floor(Math.log10(Math.min(...positive, 1e4)));
	const hi = 10 ** Math.ceil(Math.log10(Math.max(...positive, lo * 10)));
	const log = scaleLog().domain([lo, hi]).range([0, 1]).clamp(true);
	const lin = scaleLinear().domain([0, Math.max(1, ...of('percent'))]).nice().range([0, 1]);
	// About one tick label per 70 px, so they never touch.
	const count = Math.max(2, Math.floor(plotW / 70));
	const logTicks = log.ticks().filter((t) => Math.abs(Math.log10(t) - Math.round(Math.log10(t))) < 1e-9);
	const every = Math.ceil(logTicks.length / count);
	return {
		pos: (panel: PerPersonPanel, v: number) => (panel === 'percent' ? lin(v) : log(Math.max(v, lo))),
		ticks: {
			'per-unit': logTicks.filter((_, i) => i % every === 0).map((t) => ({ at: log(t), text: formatKrw(t, locale) })),
			percent: lin.ticks(count).map((t) => ({ at: lin(t), text: `${t}%` })),
		},
	};
}

export function costPerPersonPlot(rows: readonly PerPersonRow[], runs: readonly RunInfo[], ctx: ChartContext): Plot.PlotOptions {
	const { locale, width } = ctx;
	const panels = PER_PERSON_PANELS.filter((p) => rows.some((r) => r.panel === p));
	const groups: LayoutGroup[] = panels.map((panel) => {
		const mine = rows.filter((r) => r.panel === panel);
		const kinds = [...new Set(mine.map((r) => r.kind))];
		return {
			id: panel,
			heading: costPerPersonText(locale, `chart.cost-per-person.panel.${panel}`),
			extra: [`a:${panel}`],
			blocks: kinds.map((kind) => ({ id: kind, label: mine.find((r) => r.kind === kind)!.label, rows: mine.filter((r) => r.kind === kind).map((r) => ({ key: `${r.kind}|${r.incidentId}`, tick: r.incident })) })),
		};
	});
	const stacked = isNarrow(width);
	const tickW = Math.max(24, ...runs.map((r) => textWidth(r.incident, FONT)));
	const labelW = labelWidth(width);
	const marginLeft = stacked ? tickW + 12 : labelW + tickW + 16;
	const layout = bandLayout(groups, stacked ? width - 8 : labelW, STEP, MARGIN.top + MARGIN.bottom, stacked, width - 8);
	const value = (r: PerPersonRow) => formatPerUnit(r.p50, r, locale);
	const marginRight = 12 + Math.max(30, ...rows.map((r) => textWidth(value(r), FONT)));
	const plotW = width - marginLeft - marginRight;
	const { pos, ticks } = panelScales(rows, locale, plotW);
	const key = (r: PerPersonRow) => `${r.kind}|${r.incidentId}`;
	// Grid lines run through every band of a panel below its tick labels.
	const panelKeys = (panel: PerPersonPanel) => {
		const from = layout.domain.indexOf(`a:${panel}`);
		const end = layout.domain.findIndex((k, i) => i > from && k.startsWith('h:'));
		return layout.domain.slice(from + 1, end < 0 ? undefined : end);
	};
	const grid = panels.flatMap((p) => panelKeys(p).flatMap((k) => ticks[p].map((t) => ({ k, at: t.at }))));
	const tickText = panels.flatMap((p) => ticks[p].map((t) => ({ k: `a:${p}`, ...t })));
	const tip = (r: PerPersonRow) =>
		`${r.incident} · ${r.label}: ${value(r)} (P5–P95 ${formatPerUnitRange(r, locale)})${r.usdCentral !== null ? `, ${formatUsd(r.usdCentral, locale)}` : ''}`;
	return {
		...bandFrame(layout, width, { ...MARGIN, right: marginRight }, marginLeft),
		ariaLabel: costPerPersonText(locale, 'chart.cost-per-person.ariaLabel'),
		x: { domain: [0, 1], axis: null },
		marks: [
			...layoutMarks(layout, marginLeft),
			Plot.tickX(grid, { y: 'k', x: 'at', stroke: GRID }),
			Plot.text(tickText, { y: 'k', x: 'at', text: 'text', fontSize: SMALL_FONT, fill: MUTED }),
			Plot.ruleY(rows, { y: key, x1: (r: PerPersonRow) => pos(r.panel, r.p5), x2: (r: PerPersonRow) => pos(r.panel, r.p95), stroke: RANGE, strokeWidth: 2 }),
			...(['p5', 'p95'] as const).map((k) => Plot.tickX(rows, { y: key, x: (r: PerPersonRow) => pos(r.panel, r[k]), stroke: RANGE, strokeWidth: 1.5, inset: 5 })),
			Plot.dot(rows, { y: key, x: (r: PerPersonRow) => pos(r.panel, r.p50), r: 4, fill: (r: PerPersonRow) => seriesColor(r.index), title: tip }),
			Plot.text(rows, { y: key, x: (r: PerPersonRow) => Math.max(pos(r.panel, r.p50), pos(r.panel, r.p95)) + 8 / plotW, text: value, textAnchor: 'start', fill: 'currentColor' }),
		],
	};
}
