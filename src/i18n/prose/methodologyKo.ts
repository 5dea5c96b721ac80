/**
 * The methodology page's paragraphs in Korean (pages/[...lang]/methodology.astro). Kept out of
 * i18n/ko.ts because they are long; ko.ts spreads this object in, so the page reads them through t()
 * and the site's every string is still listed in one file per locale. This object is the source of
 * the keys: methodologyEn.ts must have exactly the same ones, or `npm run check` fails. Numbers the
 * text quotes come from the data and the default model run, as `{name}` placeholders.
 */
export const methodologyKo = {
	// Definitions: one term and its meaning per unit the site keeps apart
	'methodology.definitions.record.term': '기록(record)',
	'methodology.definitions.record.text':
		'유출된 데이터 항목 하나. 예: {records}. 가입자식별번호(IMSI) 기준 유심 정보 건수로, 시험용·임시 항목이 섞여 있어 사람 수와 같지 않다.',
	'methodology.definitions.person.term': '사람(person)',
	'methodology.definitions.person.text': '중복을 걸러 센 실제 피해자: {people}.',
	// Between the incidents' people counts in the sentence above.
	'methodology.definitions.person.listSeparator': ', ',
	'methodology.definitions.line.term': '회선(line)',
	'methodology.definitions.line.text': '전화번호 하나. 과기정통부 가입 통계와 번호이동 집계는 회선 단위다. 한 사람이 여러 회선을 쓸 수 있다.',
	'methodology.definitions.account.term': '계정(account)',
	'methodology.definitions.account.text': '서비스 계정 하나. 다른 사고와 비교할 때 쓰며, 사람이나 기록과 섞지 않는다.',
	'methodology.definitions.departures.term': '총 이탈(gross)과 순감(net)',
	'methodology.definitions.departures.text':
		'총 이탈은 다른 통신사로 번호를 옮긴 회선 수, 순감은 거기서 들어온 회선을 뺀 값. 알뜰폰으로 옮긴 회선을 포함하는지도 출처마다 다르다. 기준이 다른 수치는 더하거나 비교하지 않는다.',
	'methodology.definitions.announcedValue.term': '발표 가치와 비용',
	'methodology.definitions.announcedValue.text':
		'회사가 밝힌 보상 규모는 혜택의 액면가일 뿐 회사가 실제로 부담한 비용이 아니다. 이 사이트의 비용 모델은 둘을 따로 계산해 나란히 보여준다.',

	// When sources disagree
	'methodology.disagreements.text':
		"출처마다 값이 다르면 모든 값을 출처와 함께 보관하고, 하나를 채택값으로 정한 뒤 그 이유를 적는다. 현재 {count}개 수치에 다른 값이 함께 기록되어 있으며, 사건 페이지의 각 수치 옆 '다른 값'에서 볼 수 있다. 오타로 판단한 값도 지우지 않고 이유와 함께 남긴다.",

	// The cost model
	'methodology.model.text': '각 보상 항목의 비용 공식과 가정은 모델 탐색기에서 현재 값이 채워진 상태로 볼 수 있다.',
	'methodology.inputs.distribution':
		'모든 불확실한 입력은 낮은 값·중앙값·높은 값으로 적고, 이를 그 입력의 P5·P50·P95로 읽는다. 분포는 두 조각 정규분포(split normal)다: 중앙값 아래는 σ = (중앙값 − 낮은 값) ÷ {z}, 위는 σ = (높은 값 − 중앙값) ÷ {z}인 정규분포의 절반씩이고, 각 절반이 확률 50%를 가진다. 그래서 적어 둔 중앙값은 뽑힌 값의 중앙값과 정확히 같고, 범위가 한쪽으로 치우쳐도 낮은 값과 높은 값이 5·95번째 백분위에 놓인다. 뽑힌 값은 입력 허용 범위 안으로 자른다(비율은 100%를 넘지 않고 수는 0 아래로 가지 않는다). 자르기는 순서를 바꾸지 않으므로 세 백분위는 그대로다. 예: {incident} ARPU는 {range}이므로 아래 σ {sigmaLow}, 위 σ {sigmaHigh}다. 범위는 중앙값과 같은 양에 대한 불확실성이어야 하며, 기준이 다른 값(알뜰폰·사물인터넷을 포함한 ARPU, 소매 교체 요금을 카드 원가로 쓴 값, 모든 고객이 바꾼다고 본 교체율)은 범위에서 뺐다. 각 입력의 근거에 그 이유가 적혀 있다.',
	'methodology.inputs.simulation':
		"모의실험은 각 입력을 서로 독립으로 {draws}번 뽑는다(시드 {seed} 고정). 헤드라인은 언제나 모의실험의 중앙값(P50)과 P5–P95다. '모든 입력 중앙값일 때'의 값은 따로 표시하며, 입력마다 중앙값이 분포의 중앙값이므로 모든 항목·블록·합계에서 P5–P95 안에 놓인다(테스트가 확인하며 예외는 없다).",
	'methodology.dependence.text':
		'입력 사이의 상관을 추정할 자료는 없다. 그래서 입력이 독립이라고 본 P5–P95 옆에, 모든 입력이 각자 분포의 같은 백분위에 함께 놓이는 경우(완전 상관, comonotonic)의 P5–P95를 블록과 합계마다 함께 보인다. 값이 오르면 비용이 줄어드는 입력(기준 지출, 할인율)도 같은 백분위로 움직인다. 실제 범위는 대체로 두 띠 사이에 있다.',

	// Four blocks and the headline totals
	'methodology.blocks.remedies':
		'(가) 고객 보상: 한 번 쓰고 끝나는 비용과 포기한 매출(요금 할인, 데이터, 멤버십, OTT, 보험, 유심 교체, 피해자 할인, 피해액 환급, 면제한 위약금).',
	'methodology.blocks.customersLost':
		'(나) 잃은 고객: 초과 순감 고객의 이익을 정한 기간 동안 센 현재가치. 면제 탓 몫과 사고 탓 몫을 나누고, 판매 중단 기간의 대리점 보상을 더한다. 순감은 순 집계라 판매 중단으로 못 받은 가입은 이미 들어 있다.',
	'methodology.blocks.sanctions':
		'(다) 제재: 부과된 과징금만 합계에 넣는다. 결정되지 않은 과징금, 분쟁조정, 소송은 0에서 시작하는 시나리오로 합계 옆에 둔다. 과징금은 세금 계산에서 비용으로 인정되지 않는다.',
	'methodology.blocks.security':
		'(라) 보안 투자: 해마다 추세대로 늘려 잡은 사고 전 지출을 넘는 약속액의 현재가치에 사고 탓 비율을 곱한다. 계획이 사고 공개보다 앞선 KT는 그 비율이 0%에서 시작한다.',
	'methodology.blocks.totals': '{remedy:은/는} (가)이고, 사고 총비용(보상+이탈+확정 제재)은 (가)+(나)+(다 중 확정분)이며 (라)는 그 옆에 따로 보인다.',
	// One line per incident: the headline totals of its default run.
	'methodology.blocks.run':
		'{incident}: {remedy} P50 {remedyP50} (P5–P95 {remedyP5}–{remedyP95}); 사고 총비용 P50 {breachP50} ({breachP5}–{breachP95}); {security} P50 {securityP50}; 미확정 제재·배상 P50 {pendingP50}.',

	// Present values, per-unit figures, counterfactuals, the tie-out, the formulas
	'methodology.presentValue.text':
		'떠난 고객의 이익: 월 이익 × (1 − (1 + q)^−기간) ÷ q, q = (1 + 연 할인율)^(1/12) − 1. 보안 투자: Σ(y = 1…햇수) max(0, 약속액 ÷ 햇수 − 기준 지출 × (1 + 추세 증가율)^y) ÷ (1 + 연 할인율)^y × 사고 탓 비율. 기본 할인율은 {rate}(SKT가 이동통신 사업 손상 검사에 쓴 세후 할인율)이고, 기간과 함께 모델 탐색기에서 바꿀 수 있다.',
	'methodology.perUnit.text':
		'금액은 그것을 받은 사람이나 회선으로만 나눈다. 전 고객 보상은 대상 고객(또는 보상 시점의 휴대폰 회선)으로, 피해자만 받은 보상은 피해자 수로, 면제된 위약금은 해지 고객으로 나눈다. 한 금액이 두 블록에 걸치지 않으며, 과징금이나 보안 투자를 사람 수로 나누지 않는다. 합계는 매출과 영업이익 대비 비율로만 보인다.',
	'methodology.counterfactuals.text':
		'가정 시나리오는 고객 보상만 바꾸고 나머지(이탈, 제재, 보안 투자, 보상 자격)는 그 고객의 통신사 값을 그대로 둔다. 예: KT의 실제 보상안에 SKT의 한 달 50% 요금 할인을 더한 경우, 각 통신사의 고객 보상을 다른 통신사 고객에게 준 경우. 자격은 고객의 통신사를 따르므로 KT 고객에게는 KT가 뺀 알뜰폰 고객이 빠진다.',
	'methodology.tieOut.text':
		'모형의 사고 비용을 분기별로 나눠(각 항목이 언제 장부에 잡혔는지의 근거는 데이터에 있다) 각 회사가 보고한 전년 동기 대비 영업이익 변화 옆에 둔다. 알려진 사고 밖 요인(희망퇴직 비용, 전년 구조조정)은 따로 적고, 설명되지 않은 나머지는 숨기지 않는다. 보안 투자는 감가상각으로 나뉘어 반영되므로 넣지 않는다. 표는 모델 탐색기에 있다.',
	'methodology.formulas.text': '토네이도는 한 입력만 P5와 P95로 바꾸고 나머지는 중앙값에 둔 사고 총비용을 비교한다.',

	// Limitations
	'methodology.limitations.sources': '대부분의 수치는 1차 문서(정부 보도자료·공시)가 아니라 그것을 전한 언론 보도를 통해 확인했다.',
	'methodology.limitations.costs': '두 회사 모두 보상 항목별 실제 비용을 공개하지 않았다. 비용 모델의 값은 추정이며 가정을 바꾸면 달라진다.',
	'methodology.limitations.pendingFine':
		'KT에 대한 개인정보위 처분은 아직 결정되지 않았다. 결정 전 추정 금액은 과징금으로 다루지 않고, 합계 밖의 미확정 시나리오에만 둔다.',
	'methodology.limitations.departures': '번호이동 집계는 기간과 기준(총/순, 알뜰폰 포함 여부)이 출처마다 달라, 기준이 같은 값끼리만 비교한다.',
} as const;

