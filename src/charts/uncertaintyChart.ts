// Ships to the browser: model chart 3 — P5–P95 per component and total, and a tornado of the inputs.
import * as Plot from '@observablehq/plot';
import { scaleLinear } from 'd3';
import { BLOCKS, BLOCK_LABELS, type ModelInputs, type ModelResult } from '../lib/model/index.ts';
import { formatKrw } from '../lib/format/formatNumber.ts';
import type { ChartContext, ChartModel } from './types.ts';
import { seriesColor } from './palette.ts';
import { textWidth } from './textFit.ts';
import { bandLayout, layoutMarks, type LayoutGroup, bandFrame } from './modelLayout.ts';
import { formatKrwRange, formatModelKrw, modelLegend, runInfo, type RunInfo } from './modelShared.ts';
import { TORNADO_TOP, uncertaintyRows, type UncertaintyRow } from './uncertaintyRows.ts';
import { paramValue, tornadoNote, uncertaintyText } from './uncertaintyText.ts';
import { tornadoPlot } from './uncertaintyTornado.ts';

export { uncertaintyRows, type UncertaintyRow } from './uncertaintyRows.ts';

const STEP = 18;
const BAR = 10;
const LABEL_W = 170;
const MARGIN = { top: 34, right: 128, bottom: 34 } as const;

function spreadPlot(rows: readonly UncertaintyRow[], runs: readonly RunInfo[], ctx: ChartContext): Plot.PlotOptions {
	const { locale, width } = ctx;
	const ko = locale === 'ko';
	const spread = rows.filter((r) => r.view === 'spread');
	const key = (r: UncertaintyRow) => `${r.incidentId}|${r.id}`;
	const groups: LayoutGroup[] = (['total', ...BLOCKS] as const).map((g) => {
		const mine = spread.filter((r) => r.group === g);
		const ids = [...new Set(mine.map((r) => r.id))];
		return {
			id: g,
			heading: g === 'total' ? (ko ? '사고 총비용' : 'Total cost of the breach') : BLOCK_LABELS[g][locale],
			blocks: ids.map((id) => ({ id, label: mine.find((r) => r.id === id)!.label, rows: mine.filter((r) => r.id === id).map((r) => ({ key: key(r), tick: r.incident })) })),
		};
	});
	const tickW = Math.max(24, ...runs.map((r) => textWidth(r.incident, 10)));
	const marginLeft = LABEL_W + tickW + 16;
	const layout = bandLayout(groups, LABEL_W, STEP, MARGIN.top + MARGIN.bottom);
	const top = scaleLinear().domain([0, Math.max(1, ...spread.flatMap((r) => [r.p95!, r.central]))]).nice().domain()[1]!;
	const plotW = width - marginLeft - MARGIN.right;
	const tip = (r: UncertaintyRow) =>
		`${r.incident} · ${r.label}: P5–P95 ${formatKrwRange(r.p5!, r.p95!, locale)}, P50 ${formatModelKrw(r.p50!, locale)}, ${ko ? '중앙값 입력' : 'all-central'} ${formatModelKrw(r.central, locale)}`;
	const inset = (STEP - BAR) / 2;
	return {
		...bandFrame(layout, width, MARGIN, marginLeft),
		ariaLabel: ko ? '항목별·합계 P5–P95 범위 차트' : 'P5–P95 range per item and total, range chart',
		x: { domain: [0, top], axis: 'both', grid: true, ticks: 4, tickFormat: (d: number) => formatKrw(d, locale), label: ko ? '회사 비용(원)' : 'Cost to the company (won)', labelAnchor: 'center' },
		marks: [
			...layoutMarks(layout, marginLeft),
			Plot.barX(spread, { y: key, x1: 'p5', x2: 'p95', fill: (r: UncertaintyRow) => seriesColor(r.index), fillOpacity: 0.4, insetTop: inset, insetBottom: inset, title: tip }),
			Plot.tickX(spread, { y: key, x: 'p50', stroke: 'currentColor', strokeWidth: 2, inset: inset - 2 }),
			Plot.dot(spread, { y: key, x: 'central', r: 3.5, symbol: 'circle', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, title: tip }),
			Plot.text(spread, { y: key, x: (r: UncertaintyRow) => Math.max(r.p95!, r.central) + (8 / plotW) * top, text: (r: UncertaintyRow) => formatKrwRange(r.p5!, r.p95!, locale), textAnchor: 'start', fontSize: 10, fill: 'currentColor' }),
			Plot.ruleX([0], { stroke: 'currentColor' }),
		],
	};
}

/** Spread and sensitivity for results already computed (one per incident, in incident order); `top` inputs per tornado. */
export function uncertaintyChart(results: readonly ModelResult[], inputs: ModelInputs, ctx: ChartContext, top = TORNADO_TOP): ChartModel<UncertaintyRow> {
	const { locale } = ctx;
	const ko = locale === 'ko';
	const runs = runInfo(results, inputs, locale);
	const rows = uncertaintyRows(results, inputs, locale, top);
	const krwCell = (k: 'central' | 'p5' | 'p50' | 'p95' | 'atLow' | 'atHigh') => ({
		key: k,
		label: COLUMN_LABELS[k],
		value: (r: UncertaintyRow) => r[k],
		format: (r: UncertaintyRow, l: ChartContext['locale']) => (r[k] === null ? '' : formatModelKrw(r[k]!, l)),
		numeric: true,
	});
	return {
		id: 'model-uncertainty',
		...uncertaintyText(rows, runs, inputs, locale),
		rows,
		columns: [
			{ key: 'incident', label: { ko: '사고', en: 'Incident' }, value: (r) => r.incident },
			{ key: 'view', label: { ko: '보기', en: 'View' }, value: (r) => r.view, format: (r, l) => (r.view === 'spread' ? (l === 'ko' ? '범위' : 'Range') : l === 'ko' ? '민감도' : 'Sensitivity') },
			{ key: 'item', label: { ko: '항목·입력값', en: 'Item or input' }, value: (r) => r.label },
			...(['central', 'p5', 'p50', 'p95'] as const).map(krwCell),
			{ key: 'paramLow', label: { ko: '입력값 낮은 끝', en: 'Input, low end' }, value: (r) => r.paramLow, format: (r, l) => paramValue(r.paramLow, r, l), numeric: true },
			{ key: 'paramHigh', label: { ko: '입력값 높은 끝', en: 'Input, high end' }, value: (r) => r.paramHigh, format: (r, l) => paramValue(r.paramHigh, r, l), numeric: true },
			{ key: 'paramUnit', label: { ko: '입력값 단위', en: 'Input unit' }, value: (r) => r.paramUnit },
			...(['atLow', 'atHigh'] as const).map(krwCell),
			{ key: 'sources', label: { ko: '출처', en: 'Sources' }, value: (r) => r.sources.join(' ') },
		],
		plot: spreadPlot(rows, runs, ctx),
		...(rows.some((r) => r.view === 'tornado')
			? { views: [{ id: 'tornado', label: ko ? '민감도(토네이도)' : 'Sensitivity (tornado)', note: tornadoNote(runs, top, locale), plot: tornadoPlot(rows, runs, ctx) }] }
			: {}),
		legend: modelLegend(runs),
		...(rows.length === 0 ? { empty: { reason: ko ? '모형 결과가 없다.' : 'No model results to draw.' } } : {}),
	};
}

const COLUMN_LABELS = {
	central: { ko: '모든 입력 중앙값(원)', en: 'All inputs central (won)' },
	p5: { ko: 'P5(원)', en: 'P5 (won)' },
	p50: { ko: 'P50(원)', en: 'P50 (won)' },
	p95: { ko: 'P95(원)', en: 'P95 (won)' },
	atLow: { ko: '입력값 낮은 끝일 때 총액(원)', en: 'Total with the input low (won)' },
	atHigh: { ko: '입력값 높은 끝일 때 총액(원)', en: 'Total with the input high (won)' },
} as const;
