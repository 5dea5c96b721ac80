// Ships to the browser: the cost-per-person chart's words in Korean and English.
import { messageLookup, type MessagesOf } from '../../i18n/messageLookup.ts';

/** The source of the keys: costPerPersonEn must have exactly these; i18n/ko.ts spreads this object in. */
export const costPerPersonKo = {
	'chart.cost-per-person.title': '받은 사람 1인당·1회선당 보상 비용과 매출 대비 비용',
	'chart.cost-per-person.ariaLabel': '1단위당 모형 비용과 매출 대비 비율, 점과 범위 차트 두 칸',
	'chart.cost-per-person.panel.per-unit': '1단위당 원 (로그 눈금)',
	'chart.cost-per-person.panel.percent': '연 매출·영업이익 대비 % (선형 눈금)',
	'chart.cost-per-person.key.range': 'P5–P95 범위, 점은 P50',
	'chart.cost-per-person.empty.noResults': '나눌 모형 결과가 없다.',
	/** A denominator with its unit word (unitWords.ts): 22,227명 / 22,227 people. */
	'chart.cost-per-person.denominator': '{n}{unit}',
	'chart.cost-per-person.modelCentral': '모형 중앙값',
	// Takeaway: the widest ratio between incidents on one denominator (its highest and lowest
	// incident named), then the narrowest sourced one.
	'chart.cost-per-person.takeaway.ratio': '{label:으로/로} 나누면 {hi}의 중앙값({hiValue})이 {lo}({loValue})의 {times}배다({hi} 분모 {denominator}).',
	'chart.cost-per-person.takeaway.ratioThenNear':
		'{label:으로/로} 나누면 {hi}의 중앙값({hiValue})이 {lo}({loValue})의 {times}배이지만({hi} 분모 {denominator}), {nearLabel:으로/로}는 {nearList}으로 {nearTimes}배 차이다.',
	'chart.cost-per-person.takeaway.single': '{incident}의 {label}: 중앙값 {value}(P5–P95 {range}).',
	'chart.cost-per-person.takeaway.none': '나눌 분모가 없다.',
	'chart.cost-per-person.description': '점과 범위 차트 두 칸. {rows}.',
	// Notes
	'chart.cost-per-person.notes.dots':
		'점은 모의실험 중앙값(P50)이다. 각 금액은 그 보상을 받은 사람이나 회선으로만 나눈다: 전 고객 보상은 대상 고객·회선으로, 피해자 대상 보상은 피해자로, 면제된 위약금은 해지 고객으로. 블록을 섞은 1인당 금액은 없다. 1단위당 금액(원)과 매출·영업이익 대비 비율(%)은 단위가 달라 따로 그렸고, 1단위당 금액은 로그 눈금이다.',
	'chart.cost-per-person.notes.missing': '분모가 없어 그리지 않은 값(0이 아님): {items}.',
	'chart.cost-per-person.notes.denominators': '분모: {items}.',
	'chart.cost-per-person.notes.usd': '표의 달러 환산: 1달러 = {rate}원 ({description}).',
	// Data-table column headings (index.ts)
	'chart.cost-per-person.column.denominator': '분모',
	'chart.cost-per-person.column.p50': 'P50 (원 또는 %)',
	'chart.cost-per-person.column.p5': 'P5 (원 또는 %)',
	'chart.cost-per-person.column.p95': 'P95 (원 또는 %)',
	'chart.cost-per-person.column.central': '모든 입력 중앙값 (원 또는 %)',
	'chart.cost-per-person.column.measure': '단위',
	'chart.cost-per-person.column.usdCentral': '모든 입력 중앙값(달러, {period} 평균 환율)',
	'chart.cost-per-person.column.usdP5': 'P5(달러, {period} 평균 환율)',
	'chart.cost-per-person.column.usdP95': 'P95(달러, {period} 평균 환율)',
	'chart.cost-per-person.column.count': '분모 값',
	'chart.cost-per-person.column.asOf': '분모 기준일',
	'chart.cost-per-person.column.definition': '분모 정의',
} as const;

export const costPerPersonEn: MessagesOf<typeof costPerPersonKo> = {
	'chart.cost-per-person.title': 'Remedy cost per recipient and line, and costs against revenue',
	'chart.cost-per-person.ariaLabel': 'Modelled cost per unit and share of revenue, dot-and-range chart in two panels',
	'chart.cost-per-person.panel.per-unit': 'Won per unit (log scale)',
	'chart.cost-per-person.panel.percent': 'Share of annual revenue or operating profit, % (linear scale)',
	'chart.cost-per-person.key.range': 'P5–P95 range, dot at P50',
	'chart.cost-per-person.empty.noResults': 'No model results to divide.',
	'chart.cost-per-person.denominator': '{n} {unit}',
	'chart.cost-per-person.modelCentral': 'model central value',
	'chart.cost-per-person.takeaway.ratio': '{label}: {hi}’s median ({hiValue}) is {times} times {lo}’s ({loValue}), {hi}’s denominator being {denominator}.',
	'chart.cost-per-person.takeaway.ratioThenNear':
		'{label}: {hi}’s median ({hiValue}) is {times} times {lo}’s ({loValue}), {hi}’s denominator being {denominator}; {nearLabel}, the gap is {nearTimes}× ({nearList}).',
	'chart.cost-per-person.takeaway.single': '{label}: {incident}’s median is {value} (P5–P95 {range}).',
	'chart.cost-per-person.takeaway.none': 'There is no denominator to divide by.',
	'chart.cost-per-person.description': 'Dot-and-range chart in two panels. {rows}.',
	'chart.cost-per-person.notes.dots':
		'Dots are simulated medians (P50). Each cost is divided only by the people or lines who received it: all-customer remedies by eligible customers or lines, remedies for the affected by people affected, waived penalties by customers who left. No per-unit figure mixes blocks. Won per unit and share of revenue or profit are different units, drawn on separate scales; the per-unit scale is logarithmic.',
	'chart.cost-per-person.notes.missing': 'No such denominator, so not drawn (not zero): {items}.',
	'chart.cost-per-person.notes.denominators': 'Denominators: {items}.',
	'chart.cost-per-person.notes.usd': 'Dollar figures in the table at ₩{rate} to the dollar ({description}).',
	'chart.cost-per-person.column.denominator': 'Denominator',
	'chart.cost-per-person.column.p50': 'P50 (won or %)',
	'chart.cost-per-person.column.p5': 'P5 (won or %)',
	'chart.cost-per-person.column.p95': 'P95 (won or %)',
	'chart.cost-per-person.column.central': 'All inputs central (won or %)',
	'chart.cost-per-person.column.measure': 'Unit',
	'chart.cost-per-person.column.usdCentral': 'All inputs central (US$, {period} average rate)',
	'chart.cost-per-person.column.usdP5': 'P5 (US$, {period} average rate)',
	'chart.cost-per-person.column.usdP95': 'P95 (US$, {period} average rate)',
	'chart.cost-per-person.column.count': 'Denominator value',
	'chart.cost-per-person.column.asOf': 'Denominator as of',
	'chart.cost-per-person.column.definition': 'Denominator definition',
};

export const costPerPersonText = messageLookup(costPerPersonKo, costPerPersonEn);
