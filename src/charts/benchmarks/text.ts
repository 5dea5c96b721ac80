// Ships to the browser: the benchmarks chart's title, takeaway and description, from its rows.
import type { Locale } from '../../lib/format/locale.ts';
import { rankInGroup } from '../../lib/benchmarks/ranking.ts';
import type { ChartSpec } from '../shared/types.ts';
import { unique } from '../shared/unique.ts';
import { formatKrwPerUnit } from './format.ts';
import { GROUP_LABEL, TYPE_LABEL, unitPer } from './labels.ts';
import { DRAWN_GROUPS, perLineAside, shortOf, type BenchmarkChartRow, type DrawnGroup } from './rows.ts';

type Text = Pick<ChartSpec<BenchmarkChartRow>, 'title' | 'takeaway' | 'description'>;

/** How many other breaches the SKT and KT rows are set beside, named in the title. */
export function benchmarksTitle(rows: readonly BenchmarkChartRow[], locale: Locale): string {
	const highlighted = unique(rows.filter((r) => r.highlight).map((r) => r.caseId));
	const others = unique(rows.map((r) => r.caseId)).length - highlighted.length;
	const names = unique(rows.filter((r) => r.highlight).map(shortOf));
	// Short enough that the chart and embed pages' <title> stays within 70 characters.
	return locale === 'ko'
		? `보상은 많은 편인가: 영향받은 단위당 금액, ${highlighted.length > 0 ? `${names.join('·')}와 ` : ''}다른 사고 ${others}건`
		: `Remedies per affected unit${highlighted.length > 0 ? `: ${names.join(' and ')}` : ''} beside ${others} other breach${others === 1 ? '' : 'es'}`;
}

/** Rank of each highlighted case's largest money-to-victims item per unit, among every case's largest. */
export function benchmarksTakeaway(rows: readonly BenchmarkChartRow[], locale: Locale): string {
	const ko = locale === 'ko';
	const parts = rankInGroup(rows, 'victims').map(({ row, rank, of }) => {
		const aside = row.allCustomers ? perLineAside(rows, row) : undefined;
		const base = ko
			? `${shortOf(row)}는 ${unitPer(row.denominator.unit, locale)} ${formatKrwPerUnit(row.krw!, locale)}으로 ${of}개 사례 중 ${ordinal(rank, locale)}`
			: `${shortOf(row)}’s is ${formatKrwPerUnit(row.krw!, locale)} ${unitPer(row.denominator.unit, locale)}, ${ordinal(rank, locale)} of ${of} cases`;
		if (!aside) return base;
		return ko
			? `${base}(전 고객 대상이라 ${unitPer('lines', locale)}으로는 ${formatKrwPerUnit(aside.krw!, locale)})`
			: `${base} (it went to all customers: ${formatKrwPerUnit(aside.krw!, locale)} ${unitPer('lines', locale)})`;
	});
	if (parts.length === 0) return ko ? '선택한 사례의 보상을 영향받은 단위당 금액으로 비교한다.' : 'The selected cases’ remedies, per affected unit.';
	return ko
		? `고객에게 간 몫을 단위당으로 보면 ${parts.join(', ')}다. 전 고객 보상은 받은 회선 수로, 그 밖의 보상은 피해 단위로 나눴다. 사례마다 가장 큰 항목 하나끼리 비교했고 항목을 더하지 않았다.`
		: `Per unit, the largest single remedy to customers: ${parts.join('; ')}. A package for every customer is divided by the lines that received it, other remedies by the affected count. Items are compared one by one, never added.`;
}

/** Every drawn dot, view by view, largest first. */
export function benchmarksDescription(rows: readonly BenchmarkChartRow[], locale: Locale): string {
	const ko = locale === 'ko';
	const drawn = rows.filter((r) => r.primary && r.krw !== null);
	const describe = (g: DrawnGroup) => {
		const rs = drawn.filter((r) => r.group === g).sort((a, b) => b.krw! - a.krw!);
		if (rs.length === 0) return `${GROUP_LABEL[g][locale]}: ${ko ? '그릴 값 없음' : 'nothing to draw'}`;
		return `${GROUP_LABEL[g][locale]}: ${rs.map((r) => `${r.caseLabel}, ${r.itemLabel} (${TYPE_LABEL[r.type][locale]}) ${formatKrwPerUnit(r.krw!, locale)} ${unitPer(r.denominator.unit, locale)}${r.annual ? (ko ? ' (연간)' : ' a year') : ''}`).join('; ')}`;
	};
	return (ko ? '로그 눈금 점 차트. ' : 'Dot chart on a log scale. ') + DRAWN_GROUPS.map(describe).join('. ') + '.';
}

export function benchmarksText(rows: readonly BenchmarkChartRow[], locale: Locale): Text {
	return { title: benchmarksTitle(rows, locale), takeaway: benchmarksTakeaway(rows, locale), description: benchmarksDescription(rows, locale) };
}

/** The note under a group's view: what that money is, and that victims get none of it. */
export function groupNote(g: DrawnGroup, locale: Locale): string {
	const ko = locale === 'ko';
	switch (g) {
		case 'penalties':
			return ko
				? '처벌 보기: 국가나 규제기관에 낸 과징금·벌금·합의금이다. 피해자에게 가는 돈이 아니며 피해자 보상과 더하지 않는다.'
				: 'Penalties view: fines and settlements paid to the state or regulators. Victims receive none of it, and it is never added to their remedies.';
		case 'security':
			return ko
				? '보안 투자 보기: 회사가 약속하거나 명령받은 보안 지출이다. 피해자가 받는 돈이 아니다.'
				: 'Security view: security spending a company pledged or was ordered to make. Victims receive none of it.';
		default:
			return '';
	}
}

function ordinal(n: number, locale: Locale): string {
	if (locale === 'ko') return `${n}위`;
	const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
	return `${n}${s}`;
}
