// Ships to the browser: the cost-vs-announced chart's words in Korean and English.
import { messageLookup, type MessagesOf } from '../../i18n/messageLookup.ts';

/** The source of the keys: costVsAnnouncedEn must have exactly these; i18n/ko.ts spreads this object in. */
export const costVsAnnouncedKo = {
	'chart.cost-vs-announced.title': '발표액과 모형 비용, 항목별',
	'chart.cost-vs-announced.ariaLabel': '항목별 모형 비용과 발표액 막대 차트',
	'chart.cost-vs-announced.axis.x': '원 (회사 비용·발표액)',
	'chart.cost-vs-announced.group.mixed': '여러 블록에 걸친 발표액',
	'chart.cost-vs-announced.group.pending': '제재·배상, 미확정: 합계 밖',
	'chart.cost-vs-announced.empty.off': '켜진 비용 항목이 없다.',
	// The key: the P5–P95 line and one entry per compared figure (plot.ts MARKERS)
	'chart.cost-vs-announced.key.range': 'P5–P95 범위',
	'chart.cost-vs-announced.marker.retail': '소매가 기준 가치',
	'chart.cost-vs-announced.marker.press': '언론·업계 추산',
	'chart.cost-vs-announced.marker.stated': '회사 발표액',
	// Takeaway: the widest gap between a stated figure and the model, else the largest cost
	'chart.cost-vs-announced.subject': '{incident} {item}',
	'chart.cost-vs-announced.takeaway.gap':
		'{subject:은/는} 발표액이 {stated}이지만 모형이 추정한 회사 비용은 P50 {p50}(P5–P95 {range})으로 발표액의 {pct}다.',
	'chart.cost-vs-announced.takeaway.gapWithRetail':
		'{subject:은/는} 발표액이 {stated}이지만 모형이 추정한 회사 비용은 P50 {p50}(P5–P95 {range})으로 발표액의 {pct}이고, 같은 혜택을 소매가로 매기면 {retail}이다.',
	'chart.cost-vs-announced.takeaway.largest': '모형상 가장 큰 비용은 {subject} P50 {p50}(P5–P95 {range})이며, 비교할 회사 발표액은 없다.',
	'chart.cost-vs-announced.takeaway.none': '비용을 계산할 항목이 없다.',
	// Description: one clause per row, with the figures it is compared with
	'chart.cost-vs-announced.description': '막대 차트. {rows}.',
	'chart.cost-vs-announced.describe.stated': ', 발표 {value}',
	'chart.cost-vs-announced.describe.press': ', 언론·업계 추산 {value}',
	'chart.cost-vs-announced.describe.retail': ', 소매가 기준 {value}',
	// Notes
	'chart.cost-vs-announced.notes.marks':
		'막대: 모의실험 중앙값(P50)인 회사 비용. 회색 선: P5–P95. 표의 "중앙값 입력" 열은 모든 입력값을 중앙값에 둔 계산이다. ◆ 회사가 밝힌 금액, ✕ 언론·업계 추산, ○ 같은 혜택을 소매가로 매긴 가치.',
	'chart.cost-vs-announced.notes.blocks':
		'고객 보상, 잃은 고객, 제재, 보안 투자는 블록별로 나눠 보여 준다. 과징금은 보상이 아니며, 보안 투자는 추세대로 늘려 잡은 사고 전 예산을 넘는 부분의 현재가치만 센다.',
	'chart.cost-vs-announced.notes.faceValue': '데이터 추가 제공의 액면가(제공한 GB 전부를 소매가로, 쓰든 안 쓰든)는 눈금을 벗어나 그리지 않았다: {items}.',
	'chart.cost-vs-announced.notes.absent': '패키지에 없어 그리지 않은 항목(0이 아님): {items}.',
	'chart.cost-vs-announced.notes.notComparable': '{note} 회사 발표액과 견줄 수 없어 표시하지 않는다.',
	// Data-table column headings (index.ts)
	'chart.cost-vs-announced.column.group': '범주',
	'chart.cost-vs-announced.column.item': '항목',
	'chart.cost-vs-announced.column.p50': '모형 비용 P50(원)',
	'chart.cost-vs-announced.column.p5': 'P5(원)',
	'chart.cost-vs-announced.column.p95': 'P95(원)',
	'chart.cost-vs-announced.column.central': '모든 입력 중앙값일 때(원)',
	'chart.cost-vs-announced.column.stated': '회사 발표액(원)',
	'chart.cost-vs-announced.column.press': '언론·업계 추산(원)',
	'chart.cost-vs-announced.column.retail': '소매가 기준 가치(원)',
	'chart.cost-vs-announced.column.faceValue': '액면가(원)',
	'chart.cost-vs-announced.column.gap': '모형 − 발표액(원)',
	'chart.cost-vs-announced.column.ratio': '발표액 대비 모형 비율',
	'chart.cost-vs-announced.column.statedBy': '발표 주체',
	'chart.cost-vs-announced.column.pressBy': '추산 주체',
} as const;

export const costVsAnnouncedEn: MessagesOf<typeof costVsAnnouncedKo> = {
	'chart.cost-vs-announced.title': 'Announced value and modelled cost, item by item',
	'chart.cost-vs-announced.ariaLabel': 'Modelled cost and announced value per item, bar chart',
	'chart.cost-vs-announced.axis.x': 'Won (modelled cost; announced value)',
	'chart.cost-vs-announced.group.mixed': 'Announced across blocks',
	'chart.cost-vs-announced.group.pending': 'Sanctions pending (not in totals)',
	'chart.cost-vs-announced.empty.off': 'No cost item is switched on.',
	'chart.cost-vs-announced.key.range': 'P5–P95 range',
	'chart.cost-vs-announced.marker.retail': 'Value at retail prices',
	'chart.cost-vs-announced.marker.press': 'Press estimate',
	'chart.cost-vs-announced.marker.stated': 'Company’s stated figure',
	'chart.cost-vs-announced.subject': '{incident}’s {item}',
	'chart.cost-vs-announced.takeaway.gap': '{subject} was announced at {stated}; the model puts its cost at a median of {p50} (P5–P95 {range}), {pct} of that.',
	'chart.cost-vs-announced.takeaway.gapWithRetail':
		'{subject} was announced at {stated}; the model puts its cost at a median of {p50} (P5–P95 {range}), {pct} of that, and the same benefits at retail prices at {retail}.',
	'chart.cost-vs-announced.takeaway.largest': 'The largest modelled cost is {subject} at a median of {p50} (P5–P95 {range}); no company figure is there to compare with.',
	'chart.cost-vs-announced.takeaway.none': 'There is no item to cost.',
	'chart.cost-vs-announced.description': 'Bar chart. {rows}.',
	'chart.cost-vs-announced.describe.stated': ', stated {value}',
	'chart.cost-vs-announced.describe.press': ', press estimate {value}',
	'chart.cost-vs-announced.describe.retail': ', at retail {value}',
	'chart.cost-vs-announced.notes.marks':
		'Bar: the simulated median (P50) cost to the company. Grey line: P5–P95. The table’s all-inputs-central column is the cost with every input at its central value. ◆ the company’s stated figure; ✕ a press or industry estimate; ○ the same benefit valued at retail prices.',
	'chart.cost-vs-announced.notes.blocks':
		'Customer remedies, customers lost, sanctions and security investment are grouped apart: a fine is not a remedy, and the security row counts only the present value of spending above the pre-breach budget grown at its trend.',
	'chart.cost-vs-announced.notes.faceValue': 'Extra mobile data at face value (every GB offered, at retail, used or not) is off the scale and not drawn: {items}.',
	'chart.cost-vs-announced.notes.absent': 'Not in the package, so not drawn (not zero): {items}.',
	'chart.cost-vs-announced.notes.notComparable': '{note} Company figures are not like-for-like there and are not shown.',
	'chart.cost-vs-announced.column.group': 'Category',
	'chart.cost-vs-announced.column.item': 'Item',
	'chart.cost-vs-announced.column.p50': 'Modelled cost, P50 (won)',
	'chart.cost-vs-announced.column.p5': 'P5 (won)',
	'chart.cost-vs-announced.column.p95': 'P95 (won)',
	'chart.cost-vs-announced.column.central': 'All inputs central (won)',
	'chart.cost-vs-announced.column.stated': 'Company stated (won)',
	'chart.cost-vs-announced.column.press': 'Press estimate (won)',
	'chart.cost-vs-announced.column.retail': 'Value at retail prices (won)',
	'chart.cost-vs-announced.column.faceValue': 'Face value (won)',
	'chart.cost-vs-announced.column.gap': 'Model − stated (won)',
	'chart.cost-vs-announced.column.ratio': 'Model ÷ stated',
	'chart.cost-vs-announced.column.statedBy': 'Stated by',
	'chart.cost-vs-announced.column.pressBy': 'Estimate by',
};

export const costVsAnnouncedText = messageLookup(costVsAnnouncedKo, costVsAnnouncedEn);
