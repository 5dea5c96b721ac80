// Ships to the browser: the per-unit chart — the modelled total per record, person, line and customer, and against revenue.
import type { ModelInputs, ModelResult } from '../../lib/model/index.ts';
import { formatUsd } from '../../lib/format/formatNumber.ts';
import type { ChartContext, ChartSpec } from '../shared/types.ts';
import { atTwoWidths } from '../shared/twoWidths.ts';
import { modelLegend, runInfo } from '../shared/modelRuns.ts';
import { costPerPersonPlot, perPersonKey } from './plot.ts';
import { perPersonRows, type PerPersonRow } from './rows.ts';
import { formatPerUnit, perPersonText } from './text.ts';
import { costPerPersonText } from './messages.ts';

/** The total per unit for results already computed (one per incident, in incident order). */
export function costPerPersonChart(results: readonly ModelResult[], inputs: ModelInputs, ctx: ChartContext): ChartSpec<PerPersonRow> {
	return atTwoWidths(ctx, (c) => drawCostPerPersonChart(results, inputs, c));
}

function drawCostPerPersonChart(results: readonly ModelResult[], inputs: ModelInputs, ctx: ChartContext): ChartSpec<PerPersonRow> {
	const { locale } = ctx;
	const runs = runInfo(results, inputs, locale);
	const rows = perPersonRows(results, inputs, locale);
	const text = perPersonText(rows, runs, inputs, locale);
	const usdLabel = (what: string, whatEn: string) => ({ ko: `${what}(달러, ${rows[0]?.usdPeriod ?? ''} 평균 환율)`, en: `${whatEn} (US$, ${rows[0]?.usdPeriod ?? ''} average rate)` });
	return {
		id: 'cost-per-person',
		...text,
		rows,
		columns: [
			{ key: 'incident', label: { ko: '사고', en: 'Incident' }, value: (r) => r.incident },
			{ key: 'denominator', label: { ko: '분모', en: 'Denominator' }, value: (r) => r.kind, format: (r) => r.label },
			...(['p50', 'p5', 'p95', 'central'] as const).map((k) => ({
				key: k,
				numeric: true,
				label: { ko: `${k === 'central' ? '모든 입력 중앙값' : k.toUpperCase()} (원 또는 %)`, en: `${k === 'central' ? 'All inputs central' : k.toUpperCase()} (won or %)` },
				value: (r: PerPersonRow) => r[k],
				format: (r: PerPersonRow, l: ChartContext['locale']) => formatPerUnit(r[k], r, l),
			})),
			{ key: 'measure', label: { ko: '단위', en: 'Unit' }, value: (r) => (r.panel === 'percent' ? '%' : `krw-per-${r.unit === 'people' ? 'person' : r.unit.replace(/s$/, '')}`) },
			...(['usdCentral', 'usdP5', 'usdP95'] as const).map((k) => ({
				key: k,
				numeric: true,
				label: usdLabel(k === 'usdCentral' ? '모든 입력 중앙값' : k.slice(3), k === 'usdCentral' ? 'All inputs central' : k.slice(3)),
				value: (r: PerPersonRow) => r[k],
				format: (r: PerPersonRow, l: ChartContext['locale']) => (r[k] === null ? '' : formatUsd(r[k]!, l)),
			})),
			{ key: 'count', label: { ko: '분모 값', en: 'Denominator value' }, value: (r) => r.denominator, numeric: true },
			{ key: 'asOf', label: { ko: '분모 기준일', en: 'Denominator as of' }, value: (r) => r.asOf },
			{ key: 'definition', label: { ko: '분모 정의', en: 'Denominator definition' }, value: (r) => r.definition },
			{ key: 'sources', label: { ko: '출처', en: 'Sources' }, value: (r) => r.sources.join(' ') },
		],
		plot: costPerPersonPlot(rows, runs, ctx),
		legend: [...modelLegend(runs), ...perPersonKey(locale)],
		...(rows.length === 0 ? { empty: { reason: costPerPersonText(locale, 'chart.cost-per-person.empty.noResults') } } : {}),
	};
}
