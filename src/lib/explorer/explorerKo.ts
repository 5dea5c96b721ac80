// Ships to the browser: the model explorer's UI text in Korean.
/**
 * The explorer's strings live here rather than only in i18n/ko.ts so that the island ships these
 * few kilobytes instead of every message on the site; i18n/ko.ts spreads this object in, so pages
 * reach the same keys through t(). This object is the source of the keys: explorerEn.ts must have
 * exactly the same ones, or `npm run check` fails. `{name}` is a placeholder.
 */
export const explorerKo = {
	// The page (pages/[...lang]/model.astro)
	'explorer.page.title': '비용 모델 탐색기',
	'explorer.page.description': '보상 항목별 비용 추정과 모든 가정',
	'explorer.page.heading': '보상 비용 모델',
	'explorer.page.lede':
		'각 보상 항목이 회사에 실제로 얼마의 비용이었을지 추정한다. 모든 가정은 출처나 근거와 함께 보이며 바꿀 수 있다. 한 회사의 보상안을 다른 회사 고객에게 적용해 볼 수도 있다.',
	'explorer.page.needsJs': '가정을 바꾸려면 자바스크립트가 필요하다. 아래 수치는 기본 가정에 따른 결과다.',
	'explorer.page.loadFailed': '모델을 불러오지 못해 아래 수치는 아직 기본 가정의 결과다. 입력한 값은 그대로 있다. 값을 바꾸거나 Enter를 누르면 다시 시도하고, 그래도 안 되면 페이지를 새로 고치면 된다.',
	'explorer.page.assumptions': '가정',
	'explorer.page.results': '결과',
	'explorer.page.reset': '기본값으로 되돌리기',
	'explorer.page.apply': '적용하고 링크 갱신',
	'explorer.page.share': '이 시나리오 공유 링크',
	'explorer.page.total': '합계',
	'explorer.page.reconciliationHeading': '발표 가치와 모델 비용',
	'explorer.page.tieOutHeading': '보고된 분기 실적과의 대조',
	'explorer.page.chartsHeading': '차트',
	'explorer.page.notModelledHeading': '모델에 넣지 않은 것',

	// Inputs (lib/explorer/renderControls.ts)
	'explorer.controls.incident': '고객(사고)',
	'explorer.controls.package': '적용할 고객 보상',
	'explorer.controls.components': '보상 항목 켜고 끄기',
	'explorer.controls.pendingBlock': '제재·배상, 미확정: 합계 밖',
	'explorer.controls.changed': '변경',
	'explorer.controls.changedFromDefault': '기본값에서 변경됨',
	'explorer.controls.sourced': '출처 있음',
	'explorer.controls.assumption': '가정',
	'explorer.controls.help': '기본 {default} · 추정 P5–P95 {low}–{high} · 입력 가능 {min}–{max} · {basis}',
	'explorer.controls.definition': '정의',
	'explorer.group.package': '보상안 내용',
	'explorer.group.population': '고객과 행동',
	'explorer.group.cost': '비용과 가격',
	'explorer.group.valuation': '할인율과 기간',
	'explorer.group.security': '보안 투자',
	'explorer.group.incident': '사고 사실',
	'explorer.unit.krwScaled': '억원',

	// Scenario names (lib/explorer/incidentLabel.ts)
	'explorer.scenario.real': '{incident}: 실제 보상안',
	'explorer.summary.scaleNote':
		'이 가정은 {incident}의 규모로 계산한다. {package:이/가} 사고 피해자에게만 준 항목({items})은 여기서 {incident} 사고 피해자 {people}명 모두에게 주어져 P50 {cost:이/가} 된다.',
	'explorer.summary.scaleNoteMore': '합계가 큰 것은 보상이 후해서가 아니라 피해자가 {package}의 {ratio}배여서다.',
	'explorer.scenario.counterfactual': '가정: {incident} 고객에게 {package}의 고객 보상을 적용(이탈·제재·보안 투자는 {incident} 그대로)',

	// Headline and blocks (lib/explorer/renderOutputs.ts)
	'explorer.summary.detail':
		'보상 비용(고객 보상 블록만)의 모의실험 중앙값(P50). {draws}번 추출의 P5–P95는 {range}, 약 {usd}({period}년 평균 환율 {rate}원). 고객 보상·잃은 고객·확정 제재 블록을 더한 사고 총비용은 P50 {breach}(P5–P95 {breachRange}).',
	'explorer.summary.caption': '헤드라인 합계와 블록',
	'explorer.summary.item': '항목',
	'explorer.summary.independent': 'P5–P95(입력 독립)',
	'explorer.summary.correlated': 'P5–P95(입력 완전 상관)',
	'explorer.summary.central': '모든 입력 중앙값일 때',
	'explorer.summary.adds': '더한 블록: {blocks}',
	'explorer.summary.block': '블록',
	'explorer.summary.note':
		'미확정 제재·배상과 보안 투자 증분은 사고 총비용 옆에 보일 뿐 더하지 않는다. 범위는 가정의 불확실성을 보여 줄 뿐 통계적 신뢰구간이 아니다. 입력이 서로 독립이라고 본 범위 옆에, 모든 입력이 같은 백분위에 함께 놓이는(완전 상관) 경우의 범위를 함께 적었다.',
	'explorer.itemised.caption': '항목별 추정 비용',
	'explorer.itemised.component': '항목',
	'explorer.itemised.cost': '비용(P50)',
	'explorer.itemised.retail': '소매가 기준 가치',
	'explorer.itemised.computation': '계산(모든 입력 중앙값)',
	'explorer.itemised.off': '꺼짐',
	'explorer.normalised.caption': '단위당 비용',
	'explorer.normalised.denominator': '기준',
	'explorer.reconciliation.caption': '발표·보도 수치와의 대조',
	'explorer.reconciliation.model': '모델(P50, P5–P95)',
	'explorer.reconciliation.stated': '회사 발표',
	'explorer.reconciliation.press': '언론·업계 추정',
	'explorer.reconciliation.ratio': '모델÷발표',
	'explorer.reconciliation.reason': '차이의 이유',
	'explorer.reconciliation.notComparable': '시나리오 값(비교 대상 아님)',

	// Tie-out (lib/explorer/renderTieOut.ts)
	'explorer.tieOut.none': '이 사고에는 보고된 분기 실적이 없다.',
	'explorer.tieOut.caption': '분기 영업이익과의 대조',
	'explorer.tieOut.quarter': '분기',
	'explorer.tieOut.operatingProfit': '영업이익',
	'explorer.tieOut.yearBefore': '1년 전',
	'explorer.tieOut.change': '전년 동기 대비 변화',
	'explorer.tieOut.known': '사고와 무관한 알려진 요인',
	'explorer.tieOut.modelled': '모형의 사고 비용(P50)',
	'explorer.tieOut.unexplained': '설명되지 않은 나머지',
	'explorer.tieOut.caveats': '읽을 때 주의',
	'explorer.tieOut.fine': '과징금 {amount}(세금 공제 안 됨)',
	'explorer.tieOut.notComparable': '가정 시나리오 값(실제와 대조 대상 아님)',
	'explorer.tieOut.note':
		'나머지 = 전년 대비 변화 − 알려진 요인 + 모형의 사고 비용. 음수면 이익이 모형과 알려진 요인이 설명하는 것보다 더 줄었다는 뜻이다. 보안 투자는 대부분 설비 투자라 감가상각으로 여러 해에 걸쳐 반영되므로 넣지 않았다.',

	// Source links (lib/explorer/html.ts)
	'explorer.source': '출처',

	// What a shared link's decoding ignored (islands/remedy-model.ts)
	'explorer.notices.intro': '링크의 일부 설정을 쓰지 않고 기본값을 썼다:',
	'explorer.notice.unknown-key': '알 수 없는 항목이라 무시함',
	'explorer.notice.duplicate-key': '중복 항목이라 첫 값만 씀',
	'explorer.notice.malformed': '읽을 수 없는 값이라 기본값을 씀',
	'explorer.notice.clamped': '허용 범위를 벗어나 범위 안으로 맞춤',
	'explorer.notice.unknown-incident': '없는 사고라 기본 사고를 씀',
	'explorer.notice.unknown-component': '없는 보상 항목이라 무시함',
	'explorer.notice.unsupported-version': '지원하지 않는 링크 버전이라 전체를 기본값으로 씀',
	'explorer.notice.missing-version': '링크 버전이 없어 현재 버전으로 읽음',
	'explorer.notice.too-many-notices': '이하 생략',
} as const;

export type ExplorerKey = keyof typeof explorerKo;
/** The shape the English table must have: exactly the Korean keys, each a string. */
export type ExplorerMessages = { readonly [K in ExplorerKey]: string };
