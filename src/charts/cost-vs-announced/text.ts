// Ships to the browser: the cost chart's wording — takeaway, description and notes, all from the rows.
import { componentSpec, type ModelInputs } from '../../lib/model/index.ts';
import { formatExact } from '../../lib/format/formatNumber.ts';
import type { Locale } from '../../lib/format/locale.ts';
import type { ChartSpec } from '../shared/types.ts';
import type { CostRow } from './rows.ts';
import { type RunInfo } from '../shared/modelRuns.ts';
import { bandNote, counterfactualNote, notModelledNote } from '../shared/modelNotes.ts';
import { formatKrwRange, formatModelKrw } from '../shared/estimateFormat.ts';
import { unique } from '../shared/unique.ts';
import { joinList, lowerFirst } from '../shared/sentence.ts';
import { withParticle } from '../../i18n/particle.ts';

type Text = Pick<ChartSpec<CostRow>, 'title' | 'takeaway' | 'description' | 'notes' | 'sources'>;

const CUSTOMER: readonly string[] = ['remedies'];

/** "KT 무상 유심 교체" / "KT’s free USIM replacement"; bundles already name the company. */
function costSubject(r: CostRow, locale: Locale): string {
	if (r.kind !== 'component') return r.label;
	return locale === 'ko' ? `${r.incident} ${r.label}` : `${r.incident}’s ${lowerFirst(r.label)}`;
}

function takeawayOf(rows: readonly CostRow[], locale: Locale): string {
	const ko = locale === 'ko';
	const krw = (v: number) => formatModelKrw(v, locale);
	const withStated = rows.filter((r) => r.stated !== null);
	// The widest gap between a company's word and the model, customer remedies first: fines and
	// security budgets differ from statements by definition.
	const pool = withStated.some((r) => CUSTOMER.includes(r.group)) ? withStated.filter((r) => CUSTOMER.includes(r.group)) : withStated;
	const top = pool.reduce<CostRow | undefined>((a, r) => (!a || Math.abs(r.gap!) > Math.abs(a.gap!) ? r : a), undefined);
	if (top) {
		const s = costSubject(top, locale);
		const pct = `${formatExact(top.ratio! * 100, locale, 0)}%`;
		const range = formatKrwRange(top.p5, top.p95, locale);
		const retail = top.retail !== null && top.retail > top.p50 * 1.05 ? top.retail : null;
		return ko
			? `${withParticle(s, '은', '는')} 발표액이 ${krw(top.stated!)}이지만 모형이 추정한 회사 비용은 P50 ${krw(top.p50)}(P5–P95 ${range})으로 발표액의 ${pct}${retail ? `이고, 같은 혜택을 소매가로 매기면 ${krw(retail)}이다` : '다'}.`
			: `${s[0]!.toUpperCase()}${s.slice(1)} was announced at ${krw(top.stated!)}; the model puts its cost at a median of ${krw(top.p50)} (P5–P95 ${range}), ${pct} of that${retail ? `, and the same benefits at retail prices at ${krw(retail)}` : ''}.`;
	}
	const big = rows.reduce<CostRow | undefined>((a, r) => (!a || r.p50 > a.p50 ? r : a), undefined);
	if (!big) return ko ? '비용을 계산할 항목이 없다.' : 'There is no item to cost.';
	return ko
		? `모형상 가장 큰 비용은 ${costSubject(big, locale)} P50 ${krw(big.p50)}(P5–P95 ${formatKrwRange(big.p5, big.p95, locale)})이며, 비교할 회사 발표액은 없다.`
		: `The largest modelled cost is ${costSubject(big, locale)} at a median of ${krw(big.p50)} (P5–P95 ${formatKrwRange(big.p5, big.p95, locale)}); no company figure is there to compare with.`;
}

export function costText(rows: readonly CostRow[], runs: readonly RunInfo[], inputs: ModelInputs, locale: Locale): Text {
	const ko = locale === 'ko';
	const krw = (v: number) => formatModelKrw(v, locale);
	const describe = (r: CostRow) =>
		`${r.incident} · ${r.label}: P50 ${krw(r.p50)} (P5–P95 ${formatKrwRange(r.p5, r.p95, locale)})` +
		(r.stated !== null ? (ko ? `, 발표 ${krw(r.stated)}` : `, stated ${krw(r.stated)}`) : '') +
		(r.press !== null ? (ko ? `, 언론·업계 추산 ${krw(r.press)}` : `, press estimate ${krw(r.press)}`) : '') +
		(r.retail !== null ? (ko ? `, 소매가 기준 ${krw(r.retail)}` : `, at retail ${krw(r.retail)}`) : '');
	const face = rows.filter((r) => r.faceValue);
	const absent = runs.flatMap((run) => {
		const off = run.result.components.filter((c) => !c.enabled).map((c) => (ko ? componentSpec(c.id).label.ko : lowerFirst(componentSpec(c.id).label.en)));
		return off.length ? [`${run.incident} — ${joinList(off, locale)}`] : [];
	});
	const notes = [
		bandNote(runs.map((r) => r.result), locale),
		ko
			? '막대: 모의실험 중앙값(P50)인 회사 비용. 회색 선: P5–P95. 표의 "중앙값 입력" 열은 모든 입력값을 중앙값에 둔 계산이다. ◆ 회사가 밝힌 금액, ✕ 언론·업계 추산, ○ 같은 혜택을 소매가로 매긴 가치.'
			: 'Bar: the simulated median (P50) cost to the company. Grey line: P5–P95. The table’s all-inputs-central column is the cost with every input at its central value. ◆ the company’s stated figure; ✕ a press or industry estimate; ○ the same benefit valued at retail prices.',
		ko
			? '고객 보상, 잃은 고객, 제재, 보안 투자는 블록별로 나눠 보여 준다. 과징금은 보상이 아니며, 보안 투자는 추세대로 늘려 잡은 사고 전 예산을 넘는 부분의 현재가치만 센다.'
			: 'Customer remedies, customers lost, sanctions and security investment are grouped apart: a fine is not a remedy, and the security row counts only the present value of spending above the pre-breach budget grown at its trend.',
		...(face.length
			? [
					(ko ? '데이터 추가 제공의 액면가(제공한 GB 전부를 소매가로, 쓰든 안 쓰든)는 눈금을 벗어나 그리지 않았다: ' : 'Extra mobile data at face value (every GB offered, at retail, used or not) is off the scale and not drawn: ') +
						face.map((r) => `${r.incident} ${krw(r.faceValue!)}`).join(', ') +
						'.',
				]
			: []),
		...(absent.length ? [(ko ? '패키지에 없어 그리지 않은 항목(0이 아님): ' : 'Not in the package, so not drawn (not zero): ') + absent.join('; ') + '.'] : []),
		...counterfactualNote(runs, inputs, locale).map((n) => n + (ko ? ' 회사 발표액과 견줄 수 없어 표시하지 않는다.' : ' Company figures are not like-for-like there and are not shown.')),
		...notModelledNote(runs, inputs, locale),
	];
	return {
		title: ko ? '발표액과 모형 비용, 항목별' : 'Announced value and modelled cost, item by item',
		takeaway: takeawayOf(rows, locale),
		description: (ko ? '막대 차트. ' : 'Bar chart. ') + rows.map(describe).join('; ') + '.',
		notes,
		sources: unique(rows.flatMap((r) => r.sources)),
	};
}
