// Ships to the browser: the model-uncertainty chart's words in Korean and English.
import { messageLookup, type MessagesOf } from '../../i18n/messageLookup.ts';

/** The source of the keys: modelUncertaintyEn must have exactly these; i18n/ko.ts spreads this object in. */
export const modelUncertaintyKo = {
	'chart.model-uncertainty.title': '모형의 불확실성: 범위와 민감도',
	// The two views: ranges per item (default) and the tornado of inputs
	'chart.model-uncertainty.view.spread': '범위',
	'chart.model-uncertainty.view.tornado': '민감도',
	'chart.model-uncertainty.tornado.label': '민감도(토네이도)',
	// Default view (plot.ts)
	'chart.model-uncertainty.ariaLabel': '항목별·합계 P5–P95 범위 차트',
	'chart.model-uncertainty.axis.x': '회사 비용(원)',
	'chart.model-uncertainty.group.total': '사고 총비용',
	'chart.model-uncertainty.key.range': 'P5–P95 범위(막대)',
	'chart.model-uncertainty.key.central': '모든 입력이 중앙값일 때',
	/** A row of the default view, as its tooltip and in the description. */
	'chart.model-uncertainty.spread': '{incident} · {item}: P5–P95 {range}, P50 {p50}, 중앙값 입력 {central}',
	// Tornado view (tornado.ts)
	'chart.model-uncertainty.tornado.ariaLabel': '입력값별 민감도 토네이도 차트',
	'chart.model-uncertainty.tornado.axis.x': '총액(원)',
	'chart.model-uncertainty.tornado.heading': '{incident} — 모든 입력 중앙값일 때 사고 총비용 {total}',
	'chart.model-uncertainty.tornado.key.low': '입력값 낮은 끝(연한 색)',
	'chart.model-uncertainty.tornado.key.high': '입력값 높은 끝(진한 색)',
	'chart.model-uncertainty.tornado.bar': '{incident} · {item} {low}–{high}: 총액 {atLow}–{atHigh}',
	'chart.model-uncertainty.tornado.note':
		'막대마다 입력값 하나만 낮은 끝(옅은 색)과 높은 끝(짙은 색)으로 옮기고 나머지는 중앙값에 둔 총액이다. 막대 끝의 숫자는 그 입력값이며, 세로선은 모든 입력값이 중앙값일 때의 총액이다. 총액을 움직이는 입력값 중 변동 폭이 큰 순서로 보여 준다({counts}).',
	// Takeaway: each total's range, and the input that moves a total most; the quote before 으로/로 is the label's
	'chart.model-uncertainty.takeaway.spans': '모형 총비용의 P5–P95는 {spans}이다.',
	'chart.model-uncertainty.takeaway.widestInput':
		"모형 총비용의 P5–P95는 {spans}이며, 총액을 가장 크게 흔드는 입력값은 {incident}의 '{input:'으로/'로}, {from}에서 {to:으로/로} 바꾸면 총액이 {atLow}에서 {atHigh}이 된다.",
	// Description
	'chart.model-uncertainty.description': '범위 차트. {spread}.',
	'chart.model-uncertainty.descriptionWithTornado': '범위 차트. {spread}. 민감도(토네이도): {tornado}.',
	// Notes
	'chart.model-uncertainty.notes.marks': '띠: P5–P95. 세로 막대: P50(추출값의 중앙값). ○: 모든 입력값을 중앙값에 둔 값.',
	'chart.model-uncertainty.notes.centralWithTotals': '{central} 합계: {totals}.',
	'chart.model-uncertainty.notes.total': '{incident} 중앙값 입력 {central}, P50 {p50}',
	'chart.model-uncertainty.notes.fixed': '띠 없이 점만 있는 항목은 모형이 확정값으로 두는 것이다: {items}.',
	// Data-table column headings (index.ts)
	'chart.model-uncertainty.column.view': '보기',
	'chart.model-uncertainty.column.item': '항목·입력값',
	'chart.model-uncertainty.column.central': '모든 입력 중앙값(원)',
	'chart.model-uncertainty.column.p5': 'P5(원)',
	'chart.model-uncertainty.column.p50': 'P50(원)',
	'chart.model-uncertainty.column.p95': 'P95(원)',
	'chart.model-uncertainty.column.paramLow': '입력값 낮은 끝',
	'chart.model-uncertainty.column.paramHigh': '입력값 높은 끝',
	'chart.model-uncertainty.column.paramUnit': '입력값 단위',
	'chart.model-uncertainty.column.atLow': '입력값 낮은 끝일 때 총액(원)',
	'chart.model-uncertainty.column.atHigh': '입력값 높은 끝일 때 총액(원)',
} as const;

export const modelUncertaintyEn: MessagesOf<typeof modelUncertaintyKo> = {
	'chart.model-uncertainty.title': 'How uncertain the model is: ranges and sensitivity',
	'chart.model-uncertainty.view.spread': 'Range',
	'chart.model-uncertainty.view.tornado': 'Sensitivity',
	'chart.model-uncertainty.tornado.label': 'Sensitivity (tornado)',
	'chart.model-uncertainty.ariaLabel': 'P5–P95 range per item and total, range chart',
	'chart.model-uncertainty.axis.x': 'Cost to the company (won)',
	'chart.model-uncertainty.group.total': 'Total cost of the breach',
	'chart.model-uncertainty.key.range': 'P5–P95 range (bar)',
	'chart.model-uncertainty.key.central': 'All inputs central',
	'chart.model-uncertainty.spread': '{incident} · {item}: P5–P95 {range}, P50 {p50}, all-central {central}',
	'chart.model-uncertainty.tornado.ariaLabel': 'Sensitivity of the total to each input, tornado chart',
	'chart.model-uncertainty.tornado.axis.x': 'Total (won)',
	'chart.model-uncertainty.tornado.heading': '{incident} — total cost of the breach with every input central {total}',
	'chart.model-uncertainty.tornado.key.low': 'Input at its low end (light)',
	'chart.model-uncertainty.tornado.key.high': 'Input at its high end (dark)',
	'chart.model-uncertainty.tornado.bar': '{incident} · {item} {low}–{high}: total {atLow}–{atHigh}',
	'chart.model-uncertainty.tornado.note':
		'Each bar moves one input to its low end (lighter) and its high end (darker), every other input central; the numbers at the ends are that input’s values, and the vertical line is the all-central total. Inputs that move the total, widest swing first ({counts}).',
	'chart.model-uncertainty.takeaway.spans': 'The modelled total’s P5–P95 is {spans}.',
	'chart.model-uncertainty.takeaway.widestInput':
		'The modelled total’s P5–P95 is {spans}; the input that moves a total most is {incident}’s {input}: from {from} to {to} it takes the total from {atLow} to {atHigh}.',
	'chart.model-uncertainty.description': 'Range chart. {spread}.',
	'chart.model-uncertainty.descriptionWithTornado': 'Range chart. {spread}. Sensitivity (tornado): {tornado}.',
	'chart.model-uncertainty.notes.marks': 'Band: P5–P95. Bar: P50, the median of the draws. ○: every input at its central value.',
	'chart.model-uncertainty.notes.centralWithTotals': '{central} Totals: {totals}.',
	'chart.model-uncertainty.notes.total': '{incident} {central} all-central, {p50} P50',
	'chart.model-uncertainty.notes.fixed': 'A mark with no band is an item the model takes as known: {items}.',
	'chart.model-uncertainty.column.view': 'View',
	'chart.model-uncertainty.column.item': 'Item or input',
	'chart.model-uncertainty.column.central': 'All inputs central (won)',
	'chart.model-uncertainty.column.p5': 'P5 (won)',
	'chart.model-uncertainty.column.p50': 'P50 (won)',
	'chart.model-uncertainty.column.p95': 'P95 (won)',
	'chart.model-uncertainty.column.paramLow': 'Input, low end',
	'chart.model-uncertainty.column.paramHigh': 'Input, high end',
	'chart.model-uncertainty.column.paramUnit': 'Input unit',
	'chart.model-uncertainty.column.atLow': 'Total with the input low (won)',
	'chart.model-uncertainty.column.atHigh': 'Total with the input high (won)',
};

export const modelUncertaintyText = messageLookup(modelUncertaintyKo, modelUncertaintyEn);
