// Ships to the browser: the benchmarks chart's notes, computed from the rows a reader sees.
import { formatExact } from '../../lib/format/formatNumber.ts';
import type { Locale } from '../../lib/format/locale.ts';
import { unique } from '../shared/unique.ts';
import { exclusionText, UNIT_WORD } from './labels.ts';
import { shortOf, type BenchmarkChartRow } from './rows.ts';

/** Notes for the rows shown: what is never added, what is not drawn and why, denominators, rates. */
export function benchmarkNotes(rows: readonly BenchmarkChartRow[], locale: Locale): string[] {
	const ko = locale === 'ko';
	const notes: string[] = [];
	const primary = rows.filter((r) => r.primary);
	notes.push(
		ko
			? '피해자 보상, 처벌, 보안 투자는 서로 다른 것이라 각각 다른 보기로 나눠 그리며 절대 더하지 않는다. 점 하나는 사례 하나의 항목 하나다.'
			: 'Money to victims, penalties and security pledges are different things: each has its own view and they are never added together. One dot is one item of one case.',
	);
	// Excluded items, by reason (and currency), naming the cases.
	const groups = new Map<string, BenchmarkChartRow[]>();
	for (const r of primary) {
		if (!r.excluded) continue;
		const k = `${r.excluded.reason}|${r.excluded.currency ?? ''}`;
		groups.set(k, [...(groups.get(k) ?? []), r]);
	}
	for (const list of groups.values()) {
		const e = list[0]!.excluded!;
		const cases = unique(list.map((r) => shortOf(r))).join(', ');
		const n = list.length;
		if (e.reason === 'no-sourced-rate' && e.currency) {
			notes.push(
				ko
					? `${e.currency} 금액 ${n}건은 환산하지 않았다: ${exclusionText(e, locale)} (${cases}).`
					: `${n} ${e.currency} amount${n === 1 ? ' is' : 's are'} not converted: ${exclusionText(e, locale)} (${cases}).`,
			);
		} else {
			notes.push(
				ko
					? `${n}개 항목은 그리지 않았다: ${exclusionText(e, locale)} (${cases}).`
					: `${n} item${n === 1 ? ' is' : 's are'} not drawn: ${exclusionText(e, locale)} (${cases}).`,
			);
		}
	}
	const context = primary.filter((r) => r.group === 'context' && r.krw !== null);
	if (context.length > 0) {
		notes.push(
			ko
				? `회사가 밝힌 총비용 등 참고 수치 ${context.length}건은 보상이 아니어서 그리지 않고 표에만 싣는다.`
				: `${context.length} context figure${context.length === 1 ? '' : 's'} (such as a company’s reported total cost) ${context.length === 1 ? 'is' : 'are'} not a remedy: in the table only.`,
		);
	}
	const annual = unique(primary.filter((r) => r.annual && r.krw !== null).map(shortOf));
	if (annual.length > 0) {
		notes.push(
			ko
				? `연간 금액(${annual.join(', ')})은 단위당 연간 값이다.`
				: `Yearly amounts (${annual.join(', ')}) are per unit per year.`,
		);
	}
	const overstated = unique(primary.filter((r) => r.overstated).map(shortOf));
	if (overstated.length > 0) {
		notes.push(
			ko
				? `여러 사고를 합친 금액(${overstated.join(', ')})을 한 사고의 수로 나눠 단위당 값이 부풀려져 있다.`
				: `Amounts covering several incidents (${overstated.join(', ')}) are divided by one incident’s count, which overstates the per-unit value.`,
		);
	}
	const units = unique(primary.filter((r) => r.krw !== null).map((r) => r.denominator.unit));
	if (units.length > 1) {
		notes.push(
			ko
				? `분모는 사례마다 다르다(${units.map((u) => UNIT_WORD[u].ko).join('·')}). 기록은 사람이 아니고 계정도 사람이 아니다. 각 값의 분모는 표에 적었다.`
				: `Denominators differ by case (${units.map((u) => UNIT_WORD[u].en).join(', ')}): a record is not a person, nor is an account. The table names each value’s denominator.`,
		);
	}
	const alt = rows.filter((r) => !r.primary && r.krw !== null);
	if (alt.length > 0) {
		const names = unique(alt.map(shortOf)).join(ko ? '·' : ' and ');
		notes.push(
			ko
				? `${names}는 항목을 받은 수로 나눈 값을 채운 점으로 그렸다(전 고객 보상은 회선 수, 나머지는 사람 수). 같은 금액을 다른 수로 나눈 값은 빈 점이다.`
				: `For ${names}, the filled dot divides each item by those who received it (subscriber lines for a package every customer got, people for the rest); hollow dots divide the same amount by the other counts.`,
		);
	}
	const rates = unique(rows.flatMap((r) => r.rates.map((x) => `${x.id}|${x.currency}|${x.krwPerUnit}|${x.period}`))).map((s) => s.split('|'));
	for (const [, currency, krw, period] of rates) {
		notes.push(
			ko
				? `환산은 ${period}년 평균 환율(1${currency}=${formatExact(Number(krw), 'ko')}원)로 했고 물가 상승은 반영하지 않았다.`
				: `Converted at the ${period} average rate (${currency} 1 = ₩${formatExact(Number(krw), 'en')}), without adjusting for inflation.`,
		);
	}
	return notes;
}
