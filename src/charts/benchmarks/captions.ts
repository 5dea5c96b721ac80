// Ships to the browser: the benchmarks chart's title, takeaway and description, from its rows.
import type { Locale } from '../../lib/format/locale.ts';
import { rankInGroup } from '../../lib/benchmarks/ranking.ts';
import type { ChartSpec } from '../shared/types.ts';
import { unique } from '../shared/unique.ts';
import { countForm } from './countForm.ts';
import { formatKrwPerUnit } from './format.ts';
import { GROUP_LABEL, TYPE_LABEL, unitPer } from './labels.ts';
import { benchmarksText } from './messages.ts';
import { DRAWN_GROUPS, perLineAside, shortOf, type BenchmarkChartRow, type DrawnGroup } from './rows.ts';

type Captions = Pick<ChartSpec<BenchmarkChartRow>, 'title' | 'takeaway' | 'description'>;

/** How many other breaches the SKT and KT rows are set beside, named in the title. */
export function benchmarksTitle(rows: readonly BenchmarkChartRow[], locale: Locale): string {
	const highlighted = unique(rows.filter((r) => r.highlight).map((r) => r.caseId));
	const others = unique(rows.map((r) => r.caseId)).length - highlighted.length;
	const names = unique(rows.filter((r) => r.highlight).map(shortOf)).join(benchmarksText(locale, 'chart.benchmarks.namesJoin'));
	// Short enough that the chart and embed pages' <title> stays within 70 characters.
	return highlighted.length > 0
		? benchmarksText(locale, `chart.benchmarks.title.withNames.${countForm(others)}`, { names, others })
		: benchmarksText(locale, `chart.benchmarks.title.plain.${countForm(others)}`, { others });
}

/** Rank of each highlighted case's largest money-to-victims item per unit, among every case's largest. */
export function benchmarksTakeaway(rows: readonly BenchmarkChartRow[], locale: Locale): string {
	const ranks = rankInGroup(rows, 'victims').map(({ row, rank, of }) => {
		const aside = row.allCustomers ? perLineAside(rows, row) : undefined;
		const base = { name: shortOf(row), per: unitPer(row.denominator.unit, locale), amount: formatKrwPerUnit(row.krw!, locale), of, rank: ordinal(rank, locale) };
		return aside
			? benchmarksText(locale, 'chart.benchmarks.takeaway.rankWithLines', { ...base, perLine: unitPer('lines', locale), lineAmount: formatKrwPerUnit(aside.krw!, locale) })
			: benchmarksText(locale, 'chart.benchmarks.takeaway.rank', base);
	});
	if (ranks.length === 0) return benchmarksText(locale, 'chart.benchmarks.takeaway.plain');
	return benchmarksText(locale, 'chart.benchmarks.takeaway.ranks', { ranks: ranks.join(benchmarksText(locale, 'chart.benchmarks.takeaway.rankJoin')) });
}

/** An item's value per unit, with "a year" when the amount is yearly. */
export function perUnitValue(r: BenchmarkChartRow, locale: Locale): string {
	const value = { amount: formatKrwPerUnit(r.krw!, locale), per: unitPer(r.denominator.unit, locale) };
	return benchmarksText(locale, r.annual ? 'chart.benchmarks.value.perUnitAnnual' : 'chart.benchmarks.value.perUnit', value);
}

/** Every drawn dot, view by view, largest first. */
export function benchmarksDescription(rows: readonly BenchmarkChartRow[], locale: Locale): string {
	const drawn = rows.filter((r) => r.primary && r.krw !== null);
	const describe = (g: DrawnGroup) => {
		const group = GROUP_LABEL[g][locale];
		const rs = drawn.filter((r) => r.group === g).sort((a, b) => b.krw! - a.krw!);
		if (rs.length === 0) return benchmarksText(locale, 'chart.benchmarks.description.groupEmpty', { group });
		return `${group}: ${rs.map((r) => `${r.caseLabel}, ${r.itemLabel} (${TYPE_LABEL[r.type][locale]}) ${perUnitValue(r, locale)}`).join('; ')}`;
	};
	return benchmarksText(locale, 'chart.benchmarks.description', { groups: DRAWN_GROUPS.map(describe).join('. ') });
}

export function benchmarksCaptions(rows: readonly BenchmarkChartRow[], locale: Locale): Captions {
	return { title: benchmarksTitle(rows, locale), takeaway: benchmarksTakeaway(rows, locale), description: benchmarksDescription(rows, locale) };
}

/** The note under a group's view: what that money is, and that victims get none of it. The default view needs none. */
export function groupNote(g: DrawnGroup, locale: Locale): string {
	return g === 'victims' ? '' : benchmarksText(locale, `chart.benchmarks.groupNote.${g}`);
}

/** 3위 / 3rd: a rank is number grammar, like the formatters in format.ts. */
function ordinal(n: number, locale: Locale): string {
	if (locale === 'ko') return `${n}위`;
	const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
	return `${n}${s}`;
}
