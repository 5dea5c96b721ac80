// The investment chart's wording — value formats, takeaway, description, notes.
import type { Incident } from '../../schemas/incident.ts';
import { formatExact, formatKrw } from '../../lib/format/formatNumber.ts';
import type { ChartContext, ChartSpec } from '../shared/types.ts';
import type { InvestmentPanel, InvestmentRow } from './rows.ts';
import { joinList } from '../shared/sentence.ts';

type Locale = ChartContext['locale'];
type Text = Pick<ChartSpec<InvestmentRow>, 'title' | 'takeaway' | 'description' | 'notes' | 'sources'>;

/** 2,000억원/년 · 14,663원/회선·년 · 8.1% (and their English forms). */
export function formatInvestment(value: number, unit: InvestmentRow['unit'], locale: Locale): string {
	const ko = locale === 'ko';
	if (unit === 'percent') return `${formatExact(value, locale, 1)}%`;
	if (unit === 'krw-per-year') return ko ? `${formatKrw(value, 'ko')}/년` : `${formatKrw(value, 'en')} a year`;
	return ko ? `${formatExact(Math.round(value), 'ko', 0)}원/회선·년` : `₩${formatExact(Math.round(value), 'en', 0)} per line a year`;
}

/** Panel names in short, for notes. */
const PANEL_SHORT: Record<InvestmentPanel, Record<Locale, string>> = {
	'per-year': { ko: '연평균', en: 'per year' },
	'per-line': { ko: '회선당', en: 'per line' },
	'share-of-profit': { ko: '영업이익 대비', en: 'against profit' },
};

/** Panel headings, each naming its unit and denominator. */
export const PANEL_TITLE: Record<InvestmentPanel, Record<Locale, string>> = {
	'per-year': { ko: '연평균 투자 약속 (원/년 = 총액 ÷ 약속 기간)', en: 'Pledge per year (won a year = total ÷ years pledged)' },
	'per-line': { ko: '가입 회선당 (원/회선·년, 분모: 각 사 가입 회선 수)', en: 'Per subscriber line (won per line a year; denominator: subscriber lines)' },
	'share-of-profit': { ko: '연간 영업이익 대비 (%, 분모: 최근 연간 영업이익)', en: 'Against operating profit (%, denominator: latest annual operating profit)' },
};

export function investmentText(incidents: readonly Incident[], rows: readonly InvestmentRow[], locale: Locale): Text {
	const ko = locale === 'ko';
	const pledges = rows.filter((r) => r.panel === 'per-year' && r.kind === 'pledge').sort((a, b) => b.value - a.value);
	const shareOf = (r: InvestmentRow) => rows.find((x) => x.incidentId === r.incidentId && x.panel === 'share-of-profit');
	const withShare = pledges.filter(shareOf);
	const amounts = pledges.map((r) => `${r.incident} ${formatKrw(r.value, 'ko')}`);
	const shares = withShare.map((r) => `${formatExact(shareOf(r)!.value, locale, 1)}%`);
	const takeaway =
		pledges.length === 0
			? ko
				? '기간이 밝혀진 정보보호 투자 약속이 없다.'
				: 'No security-investment pledge with a stated number of years.'
			: ko
				? `정보보호 투자 약속을 연평균으로 나누면 ${amounts.join(', ')}이며${withShare.length ? `, 최근 연간 영업이익의 ${withShare.length > 1 ? `각각 ${shares.join(', ')}` : `${withShare[0]!.incident} ${shares[0]}`}다.` : ' 영업이익과 비교할 자료는 없다.'}`
				: `Spread evenly over their years, the security pledges come to ${joinList(pledges.map((r) => `${formatKrw(r.value, 'en')} a year at ${r.incident}`), locale)}${withShare.length ? `, or ${joinList(withShare.map((r, i) => `${shares[i]} of ${r.incident}’s`), locale)} latest annual operating profit.` : '.'}`;
	const list = (panel: InvestmentPanel, f: (r: InvestmentRow) => string) =>
		rows.filter((r) => r.panel === panel && r.kind === 'pledge').map(f).join(', ');
	const yearRows = rows.filter((r) => r.kind === 'year');
	const drawn = new Set(rows.filter((r) => r.kind === 'pledge').map((r) => `${r.incidentId}:${r.panel}`));
	const missing = incidents.flatMap((inc) => {
		const lacks = (['per-year', 'per-line', 'share-of-profit'] as const).filter((p) => !drawn.has(`${inc.id}:${p}`));
		return lacks.length ? [`${inc.shortName[locale]} (${lacks.map((p) => PANEL_SHORT[p][locale]).join(', ')})`] : [];
	});
	const notes = [
		ko
			? `약속한 금액이며 실제 지출이 아니다. 연평균 = 발표 총액 ÷ 약속 기간: ${list('per-year', (r) => `${r.incident} ${formatKrw(r.value * r.denominator, 'ko')} ÷ ${r.denominatorLabel}`)}.`
			: `These are pledges, not spending. Yearly average = announced total ÷ years pledged: ${list('per-year', (r) => `${r.incident} ${formatKrw(r.value * r.denominator, 'en')} ÷ ${r.denominatorLabel}`)}.`,
		...(rows.some((r) => r.panel === 'per-line')
			? [`${ko ? '회선당 분모' : 'Per-line denominator'}: ${list('per-line', (r) => `${r.incident} ${formatExact(r.denominator, locale)}${ko ? '회선' : ' lines'} (${r.denominatorLabel})`)}.`]
			: []),
		...(rows.some((r) => r.panel === 'share-of-profit')
			? [`${ko ? '영업이익 분모' : 'Profit denominator'}: ${list('share-of-profit', (r) => `${r.incident} ${formatKrw(r.denominator, locale)} (${r.denominatorLabel})`)}.`]
			: []),
		...(yearRows.length
			? [
					(ko ? '세로 눈금은 출처가 밝힌 특정 연도 금액이다: ' : 'Ticks mark amounts the sources give for a single year: ') +
						yearRows.map((r) => `${r.incident} ${r.measure} ${formatKrw(r.value, locale)}`).join(', ') +
						'.',
				]
			: []),
		ko ? '칸마다 단위가 달라 막대 길이는 같은 칸 안에서만 비교할 수 있다.' : 'Each panel has its own unit, so compare bar lengths only within a panel.',
		...(missing.length ? [(ko ? '자료가 없어 그리지 못한 값: ' : 'Not drawn for lack of data: ') + missing.join('; ') + '.'] : []),
	];
	const description =
		(ko ? '막대 차트 세 칸. ' : 'Bar chart in three panels. ') +
		rows.map((r) => `${r.incident} · ${r.measure}: ${formatInvestment(r.value, r.unit, locale)}`).join('; ') +
		'.';
	return {
		title: ko ? '정보보호 투자 약속, 세 가지 잣대로' : 'Security-investment pledges, three ways',
		takeaway,
		description,
		notes,
		sources: [...new Set(rows.flatMap((r) => r.sources))],
	};
}
