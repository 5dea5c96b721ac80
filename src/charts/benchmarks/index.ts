// Ships to the browser: the benchmarks chart — remedy value per affected unit, SKT and KT beside other breaches.
/**
 * Built from rows, not from the data files, so benchmark-filters can redraw it in the browser from the
 * rows the page embeds, after `filterBenchmarkRows` (src/lib/benchmarks/filters.ts). At build time the
 * catalogue builds the rows with `benchmarkRows` first.
 */
import type { ChartContext, ChartSpec } from '../shared/types.ts';
import { atTwoWidths } from '../shared/twoWidths.ts';
import { unitColumn } from '../shared/unitColumn.ts';
import { seriesColor } from '../shared/palette.ts';
import { unique } from '../shared/unique.ts';
import { formatCount, formatKrwPerUnit, formatMoney, formatUsdPerUnit, formatYears } from './format.ts';
import { exclusionText, GROUP_LABEL, STATUS_LABEL, TYPE_LABEL } from './labels.ts';
import { benchmarkNotes } from './notes.ts';
import { benchmarksPlot } from './plot.ts';
import { colorKeys, DRAWN_GROUPS, type BenchmarkChartRow, type DrawnGroup } from './rows.ts';
import type { KeyEntry } from '../shared/chartKey.ts';
import type { Locale } from '../../lib/format/locale.ts';
import { benchmarksCaptions, groupNote } from './captions.ts';
import { benchmarksText } from './messages.ts';
import { inBothLocales } from '../shared/inBothLocales.ts';

export function benchmarksChart(rows: readonly BenchmarkChartRow[], ctx: ChartContext): ChartSpec<BenchmarkChartRow> {
	return atTwoWidths(ctx, (c) => drawBenchmarksChart(rows, c));
}

function drawBenchmarksChart(rows: readonly BenchmarkChartRow[], ctx: ChartContext): ChartSpec<BenchmarkChartRow> {
	const { locale } = ctx;
	const allRows = [...rows];
	const [first, ...others] = DRAWN_GROUPS;
	return {
		id: 'benchmarks',
		...benchmarksCaptions(allRows, locale),
		notes: benchmarkNotes(allRows, locale),
		sources: unique(allRows.flatMap((r) => r.sources)),
		rows: allRows,
		columns: COLUMNS,
		plot: benchmarksPlot(allRows, first, ctx),
		views: others.map((g) => ({
			id: g,
			label: GROUP_LABEL[g][locale],
			note: groupNote(g, locale),
			plot: benchmarksPlot(allRows, g, ctx),
			legend: groupKey(allRows, g, locale),
		})),
		legend: groupKey(allRows, first, locale),
		...(allRows.length === 0 ? { empty: { reason: benchmarksText(locale, 'chart.benchmarks.empty') } } : {}),
	};
}

/**
 * One view's key: each type drawn in `group`, in the colour its dots carry. The colour comes from the
 * rows (fixed before the reader filters them), not from the entry's place in this key, so a filter
 * that removes a type leaves the other types' colours, in the dots and in the key, as they were.
 */
function groupKey(rows: readonly BenchmarkChartRow[], group: DrawnGroup, locale: Locale): KeyEntry[] {
	return colorKeys(rows)
		.filter((k) => k.group === group)
		.map((k) => ({ label: TYPE_LABEL[k.type][locale], color: seriesColor(rows.find((r) => r.group === group && r.type === k.type)!.colorIndex) }));
}

const COLUMNS: ChartSpec<BenchmarkChartRow>['columns'] = [
	{ key: 'case', label: inBothLocales(benchmarksText, 'chart.benchmarks.column.case'), value: (r) => r.caseName },
	{ key: 'country', label: inBothLocales(benchmarksText, 'chart.benchmarks.column.country'), value: (r) => r.country },
	{ key: 'years', label: inBothLocales(benchmarksText, 'chart.benchmarks.column.years'), value: (r) => formatYears(r) },
	{ key: 'item', label: inBothLocales(benchmarksText, 'chart.benchmarks.column.item'), value: (r) => r.itemLabel },
	{ key: 'type', label: inBothLocales(benchmarksText, 'chart.benchmarks.column.type'), value: (r) => r.type, format: (r, l) => TYPE_LABEL[r.type][l] },
	{ key: 'group', label: inBothLocales(benchmarksText, 'chart.benchmarks.column.group'), value: (r) => r.group, format: (r, l) => GROUP_LABEL[r.group][l] },
	{ key: 'status', label: inBothLocales(benchmarksText, 'chart.benchmarks.column.status'), value: (r) => r.status, format: (r, l) => STATUS_LABEL[r.status][l] },
	{
		key: 'amount',
		label: inBothLocales(benchmarksText, 'chart.benchmarks.column.amount'),
		value: (r) => r.amount?.value ?? null,
		format: (r, l) => (r.amount ? formatMoney(r.amount.value, r.amount.currency, l) : '—'),
		numeric: true,
	},
	{ key: 'currency', label: inBothLocales(benchmarksText, 'chart.benchmarks.column.currency'), value: (r) => r.amount?.currency ?? null },
	{
		key: 'denominator',
		label: inBothLocales(benchmarksText, 'chart.benchmarks.column.denominator'),
		value: (r) => r.denominator.value,
		format: (r, l) => formatCount(r.denominator.value, r.denominator.unit, l),
		numeric: true,
	},
	unitColumn(inBothLocales(benchmarksText, 'chart.benchmarks.column.unit'), (r) => r.denominator.unit),
	{
		key: 'krw',
		label: inBothLocales(benchmarksText, 'chart.benchmarks.column.krw'),
		value: (r) => r.krw,
		format: (r, l) => (r.krw === null ? '—' : r.annual ? benchmarksText(l, 'chart.benchmarks.table.perYear', { amount: formatKrwPerUnit(r.krw, l) }) : formatKrwPerUnit(r.krw, l)),
		numeric: true,
	},
	{
		key: 'usd',
		label: inBothLocales(benchmarksText, 'chart.benchmarks.column.usd'),
		value: (r) => r.usd,
		format: (r, l) => (r.usd === null ? '—' : formatUsdPerUnit(r.usd, l)),
		numeric: true,
	},
	{
		key: 'excluded',
		label: inBothLocales(benchmarksText, 'chart.benchmarks.column.excluded'),
		value: (r) => r.excluded?.reason ?? null,
		format: (r, l) => (r.excluded ? exclusionText(r.excluded, l) : ''),
	},
	{ key: 'primary', label: inBothLocales(benchmarksText, 'chart.benchmarks.column.primary'), value: (r) => (r.primary ? 'yes' : 'no'), format: (r, l) => benchmarksText(l, r.primary ? 'chart.benchmarks.table.primary.yes' : 'chart.benchmarks.table.primary.no') },
	{ key: 'sources', label: inBothLocales(benchmarksText, 'chart.benchmarks.column.sources'), value: (r) => r.sources.join(' ') },
];
