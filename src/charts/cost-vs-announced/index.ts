// Ships to the browser: the cost chart — modelled cost per component beside the company's announced value.
import type { ModelInputs, ModelResult } from '../../lib/model/index.ts';
import type { ChartContext, ChartSpec } from '../shared/types.ts';
import { atTwoWidths } from '../shared/twoWidths.ts';
import { modelLegend, runInfo } from '../shared/modelRuns.ts';
import { formatModelKrw } from '../shared/estimateFormat.ts';
import { costMarkerKey, costVsAnnouncedPlot } from './plot.ts';
import { costGroupLabel, costRows, type CostRow } from './rows.ts';
import { costText } from './text.ts';
import { costVsAnnouncedText } from './messages.ts';
import { sharedChartText } from '../shared/messages.ts';

/** Modelled cost against announced value for results already computed (one per incident, in incident order). */
export function costVsAnnouncedChart(results: readonly ModelResult[], inputs: ModelInputs, ctx: ChartContext): ChartSpec<CostRow> {
	return atTwoWidths(ctx, (c) => drawCostVsAnnouncedChart(results, inputs, c));
}

function drawCostVsAnnouncedChart(results: readonly ModelResult[], inputs: ModelInputs, ctx: ChartContext): ChartSpec<CostRow> {
	const { locale } = ctx;
	const runs = runInfo(results, inputs, locale);
	const rows = costRows(results, inputs, locale);
	return {
		id: 'cost-vs-announced',
		...costText(rows, runs, inputs, locale),
		rows,
		columns: [
			{ key: 'incident', label: { ko: '사고', en: 'Incident' }, value: (r) => r.incident },
			{ key: 'group', label: { ko: '범주', en: 'Category' }, value: (r) => r.group, format: (r, l) => costGroupLabel(r.group, l) },
			{ key: 'item', label: { ko: '항목', en: 'Item' }, value: (r) => r.label },
			...(['p50', 'p5', 'p95', 'central', 'stated', 'press', 'retail', 'faceValue', 'gap'] as const).map((k) => ({
				key: k,
				label: COLUMN_LABELS[k],
				value: (r: CostRow) => r[k],
				format: (r: CostRow, l: ChartContext['locale']) => (r[k] === null ? '' : formatModelKrw(r[k]!, l)),
				numeric: true,
			})),
			{ key: 'ratio', label: { ko: '발표액 대비 모형 비율', en: 'Model ÷ stated' }, value: (r) => r.ratio, format: (r) => (r.ratio === null ? '' : `${Math.round(r.ratio * 100)}%`), numeric: true },
			{ key: 'statedBy', label: { ko: '발표 주체', en: 'Stated by' }, value: (r) => r.statedBy },
			{ key: 'pressBy', label: { ko: '추산 주체', en: 'Estimate by' }, value: (r) => r.pressBy },
			{ key: 'sources', label: { ko: '출처', en: 'Sources' }, value: (r) => r.sources.join(' ') },
		],
		plot: costVsAnnouncedPlot(rows, runs, ctx),
		legend: [...modelLegend(runs), ...costMarkerKey(rows, locale)],
		...(rows.length === 0
			? { empty: { reason: results.length ? costVsAnnouncedText(locale, 'chart.cost-vs-announced.empty.off') : sharedChartText(locale, 'chart.shared.empty.noResults') } }
			: {}),
	};
}

const COLUMN_LABELS = {
	p50: { ko: '모형 비용 P50(원)', en: 'Modelled cost, P50 (won)' },
	p5: { ko: 'P5(원)', en: 'P5 (won)' },
	central: { ko: '모든 입력 중앙값일 때(원)', en: 'All inputs central (won)' },
	p95: { ko: 'P95(원)', en: 'P95 (won)' },
	stated: { ko: '회사 발표액(원)', en: 'Company stated (won)' },
	press: { ko: '언론·업계 추산(원)', en: 'Press estimate (won)' },
	retail: { ko: '소매가 기준 가치(원)', en: 'Value at retail prices (won)' },
	faceValue: { ko: '액면가(원)', en: 'Face value (won)' },
	gap: { ko: '모형 − 발표액(원)', en: 'Model − stated (won)' },
} as const;
