// The security-investment chart's words in Korean and English.
import { messageLookup, type MessagesOf } from '../../i18n/messageLookup.ts';

/**
 * The Korean table is the source of the keys; `{name}` is a value the chart fills in. Items of a
 * list (`*.item`) are joined by joinPhrases before they go into the sentence that holds them.
 */
export const securityInvestmentKo = {
	'chart.security-investment.title': '정보보호 투자 약속, 세 가지 잣대로',
	'chart.security-investment.empty': '기간이 밝혀진 정보보호 투자 약속이 없다.',

	// Takeaway: the pledges per year, then their share of profit where there is one.
	'chart.security-investment.takeaway.amount.item': '{incident} {amount}',
	'chart.security-investment.takeaway.noShare': '정보보호 투자 약속을 연평균으로 나누면 {amounts}이며 영업이익과 비교할 자료는 없다.',
	'chart.security-investment.takeaway.share': '정보보호 투자 약속을 연평균으로 나누면 {amounts}이며, 최근 연간 영업이익 대비로는 {shares}다.',
	'chart.security-investment.takeaway.share.item': '{incident} {share}',

	// Values as drawn and tabled (formatInvestment); a percentage needs no words.
	'chart.security-investment.value.perYear': '{amount}/년',
	'chart.security-investment.value.perLine': '{amount}원/회선·년',

	// Panel headings name each panel's unit and denominator; the short names are for notes.
	'chart.security-investment.panel.per-year.title': '연평균 투자 약속 (원/년 = 총액 ÷ 약속 기간)',
	'chart.security-investment.panel.per-line.title': '가입 회선당 (원/회선·년, 분모: 각 사 가입 회선 수)',
	'chart.security-investment.panel.share-of-profit.title': '연간 영업이익 대비 (%, 분모: 최근 연간 영업이익)',
	'chart.security-investment.panel.per-year.short': '연평균',
	'chart.security-investment.panel.per-line.short': '회선당',
	'chart.security-investment.panel.share-of-profit.short': '영업이익 대비',

	// What each pledge bar measures, and what it was divided by (rows.ts).
	'chart.security-investment.measure.per-year': '약속 총액의 연평균',
	'chart.security-investment.measure.per-line': '회선당 연평균',
	'chart.security-investment.measure.share-of-profit': '연간 영업이익 대비',
	'chart.security-investment.denominator.years': '{years}년',
	'chart.security-investment.denominator.oneYear': '1년',
	'chart.security-investment.denominator.lines': '{label}, {asOf} 기준',
	'chart.security-investment.denominator.profit': '{period} {basis} 영업이익',
	'chart.security-investment.profitBasis.consolidated': '연결',
	'chart.security-investment.profitBasis.standalone': '별도',
	'chart.security-investment.profitBasis.segment': '부문',

	'chart.security-investment.notes.pledges': '약속한 금액이며 실제 지출이 아니다. 연평균 = 발표 총액 ÷ 약속 기간: {list}.',
	'chart.security-investment.notes.perLine': '회선당 분모: {list}.',
	'chart.security-investment.notes.perLine.item': '{incident} {lines}회선 ({label})',
	'chart.security-investment.notes.profit': '영업이익 분모: {list}.',
	'chart.security-investment.notes.yearTicks': '세로 눈금은 출처가 밝힌 특정 연도 금액이다: {list}.',
	'chart.security-investment.notes.panels': '칸마다 단위가 달라 막대 길이는 같은 칸 안에서만 비교할 수 있다.',
	'chart.security-investment.notes.missing': '자료가 없어 그리지 못한 값: {list}.',

	'chart.security-investment.description': '막대 차트 세 칸. {bars}.',
	'chart.security-investment.aria': '정보보호 투자 약속 막대 차트 세 칸',
	'chart.security-investment.tip': '{incident} · {measure}: {value} (분모 {denominator})',
	// Data-table column headings (index.ts)
	'chart.security-investment.column.panel': '잣대',
	'chart.security-investment.column.value': '값',
	'chart.security-investment.column.unit': '단위',
	'chart.security-investment.column.perYear': '연간 금액(원)',
	'chart.security-investment.column.denominator': '분모',
	'chart.security-investment.column.denominatorLabel': '분모 설명',
} as const;

export const securityInvestmentEn: MessagesOf<typeof securityInvestmentKo> = {
	'chart.security-investment.title': 'Security-investment pledges, three ways',
	'chart.security-investment.empty': 'No security-investment pledge with a stated number of years.',

	'chart.security-investment.takeaway.amount.item': '{amount} a year at {incident}',
	'chart.security-investment.takeaway.noShare': 'Spread evenly over their years, the security pledges come to {amounts}.',
	'chart.security-investment.takeaway.share': 'Spread evenly over their years, the security pledges come to {amounts}, or {shares} latest annual operating profit.',
	'chart.security-investment.takeaway.share.item': '{share} of {incident}’s',

	'chart.security-investment.value.perYear': '{amount} a year',
	'chart.security-investment.value.perLine': '₩{amount} per line a year',

	'chart.security-investment.panel.per-year.title': 'Pledge per year (won a year = total ÷ years pledged)',
	'chart.security-investment.panel.per-line.title': 'Per subscriber line (won per line a year; denominator: subscriber lines)',
	'chart.security-investment.panel.share-of-profit.title': 'Against operating profit (%, denominator: latest annual operating profit)',
	'chart.security-investment.panel.per-year.short': 'per year',
	'chart.security-investment.panel.per-line.short': 'per line',
	'chart.security-investment.panel.share-of-profit.short': 'against profit',

	'chart.security-investment.measure.per-year': 'Pledge, yearly average',
	'chart.security-investment.measure.per-line': 'Per line, yearly average',
	'chart.security-investment.measure.share-of-profit': 'Share of annual operating profit',
	'chart.security-investment.denominator.years': '{years} years',
	'chart.security-investment.denominator.oneYear': '1 year',
	'chart.security-investment.denominator.lines': '{label}, as of {asOf}',
	'chart.security-investment.denominator.profit': '{period} {basis} operating profit',
	'chart.security-investment.profitBasis.consolidated': 'consolidated',
	'chart.security-investment.profitBasis.standalone': 'standalone',
	'chart.security-investment.profitBasis.segment': 'segment',

	'chart.security-investment.notes.pledges': 'These are pledges, not spending. Yearly average = announced total ÷ years pledged: {list}.',
	'chart.security-investment.notes.perLine': 'Per-line denominator: {list}.',
	'chart.security-investment.notes.perLine.item': '{incident} {lines} lines ({label})',
	'chart.security-investment.notes.profit': 'Profit denominator: {list}.',
	'chart.security-investment.notes.yearTicks': 'Ticks mark amounts the sources give for a single year: {list}.',
	'chart.security-investment.notes.panels': 'Each panel has its own unit, so compare bar lengths only within a panel.',
	'chart.security-investment.notes.missing': 'Not drawn for lack of data: {list}.',

	'chart.security-investment.description': 'Bar chart in three panels. {bars}.',
	'chart.security-investment.aria': 'Security-investment pledges, bar chart in three panels',
	'chart.security-investment.tip': '{incident} · {measure}: {value} (divided by {denominator})',
	'chart.security-investment.column.panel': 'Measure',
	'chart.security-investment.column.value': 'Value',
	'chart.security-investment.column.unit': 'Unit',
	'chart.security-investment.column.perYear': 'Won a year',
	'chart.security-investment.column.denominator': 'Denominator',
	'chart.security-investment.column.denominatorLabel': 'Denominator is',
};

export const securityInvestmentText = messageLookup(securityInvestmentKo, securityInvestmentEn);
