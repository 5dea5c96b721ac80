/**
 * Every UI string of the site in Korean, the default locale. This object is the source of truth
 * for the keys: en.ts must have exactly the same ones (a missing or extra key fails `astro check`).
 * Keys are grouped by the page or component that shows them; `{name}` is a placeholder that
 * `t(locale, key, { name })` fills. Text about a record (labels, definitions) lives in data/, and
 * names of closed sets (confidence, event kinds, remedy kinds, units…) in their own tables here.
 */
import { sharedChartKo } from '../charts/shared/messages.ts';
import { benchmarksKo } from '../charts/benchmarks/messages.ts';
import { costPerPersonKo } from '../charts/cost-per-person/messages.ts';
import { costVsAnnouncedKo } from '../charts/cost-vs-announced/messages.ts';
import { departuresKo } from '../charts/departures/messages.ts';
import { financialsKo } from '../charts/financials/messages.ts';
import { modelUncertaintyKo } from '../charts/model-uncertainty/messages.ts';
import { remedyMatrixKo } from '../charts/remedy-matrix/messages.ts';
import { scaleKo } from '../charts/scale/messages.ts';
import { securityInvestmentKo } from '../charts/security-investment/messages.ts';
import { timelineKo } from '../charts/timeline/messages.ts';
import { benchmarkFiltersKo } from '../islands/benchmark-filters/messages.ts';
import { explorerKo } from '../lib/explorer/explorerKo.ts';
import { modelUnitWordsKo } from './modelUnitWords.ts';
import { methodologyKo } from './prose/methodologyKo.ts';

export const ko = {
	// Site frame (layouts/Base.astro, embed pages)
	'site.title': '통신사 해킹 보상 비교',
	'site.tagline': 'SK텔레콤과 KT의 2025년 침해 사고, 무엇을 얼마나 보상했나',
	'layout.skipToContent': '본문으로 건너뛰기',
	'layout.siteNav': '사이트',
	'layout.languageSwitch': 'English',
	'layout.languageSwitchLabel': '영어로 보기',
	'layout.footerData': '모든 수치는 data/ 폴더의 출처 기록에서 나옵니다.',

	// Header navigation (i18n/nav.ts)
	'nav.overview': '개요',
	'nav.model': '비용 모델',
	'nav.benchmarks': '다른 사고와 비교',
	'nav.methodology': '방법론',
	'nav.data': '데이터',
	'nav.corrections': '정정',
	'nav.brief': '한 장 요약',

	// Chart furniture (components/ChartFigure.astro)
	'chart.chooseView': '눈금 선택',
	'chart.defaultView': '기본 보기',
	'chart.downloadSvg': 'SVG 내려받기',
	'chart.downloadCsv': '데이터(CSV)',
	'chart.permalink': '고유 링크',
	'chart.embedCode': '퍼가기 코드',

	// Chart pages (pages/[...lang]/charts/), compact and full chart figures, embeds and sharing (feed, cards)
	'chartPage.sourcesLine': '출처: {publishers}',
	'chartPage.open': '전체 출처·데이터 표·내려받기',
	'chartPage.about': '차트 설명',
	'chartPage.notes': '주석과 정의',
	'chartPage.sources': '출처 전체',
	'chartPage.data': '데이터 표',
	'chartPage.downloads': '내려받기',
	'chartPage.share': '링크와 퍼가기',
	'chartPage.appearsOn': '이 차트가 실린 페이지',
	'chartPage.indexTitle': '차트 모음',
	'chartPage.indexDescription': '사이트의 모든 차트: 차트마다 출처 전체, 데이터 표, 내려받기, 퍼가기 코드가 있다',
	'chartPage.indexLede': '차트마다 한 페이지가 있다. 각 페이지에 출처 전체, 데이터 표, 내려받기 파일, 퍼가기 코드가 있다.',
	'embed.codeHelp': '이 코드를 붙여 넣으면 틀의 높이가 차트에 맞춰 늘어난다.',
	'embed.previewNotice': '이 코드는 로컬 미리보기 주소를 가리키므로 공개 사이트에서 복사한 코드를 써야 한다.',
	'share.listSeparator': ', ',
	'share.andMore': '{named} 외 {n}곳',
	'share.imageAlt': '{title}: {text}',
	'share.feedTitle': '통신사 해킹 보상 비교: 정정과 데이터 갱신',
	'share.feedSubtitle': '공개된 수치의 정정과 데이터 버전 갱신',
	'share.feedLink': '정정·갱신 피드(Atom)',
	'share.feedDataTitle': '데이터 버전 {version}',
	'share.feedDataSummary': '현재 데이터 버전은 {version}이고, 가장 최근 수치의 기준일은 {date}이다.',
	'share.feedCorrectionTitle': '정정: {target}',
	'share.feedCorrectionSummary': '{old} → {new}. {reason}',

	// An incident's scale figures (components/FigureTable.astro)
	'figureTable.figure': '항목',
	'figureTable.value': '값',
	'figureTable.definition': '정의',
	'figureTable.asOf': '기준',
	'figureTable.confidence': '신뢰도',
	'figureTable.corrected': '정정됨',
	'figureTable.otherValues': '다른 값 {n}개',
	'figureTable.whyThisValue': '채택 이유',

	// Overview (pages/[...lang]/index.astro)
	'overview.lede':
		'두 통신사는 2025년 해킹 사고 뒤 서로 다른 보상을 내놓았다. SK텔레콤은 전 고객 요금 할인과 위약금 면제를 모두 했고, KT는 위약금은 면제했지만 전면 요금 할인은 하지 않았다. 아래 숫자는 모두 출처와 연결되어 있다.',
	'overview.subscriberLines': '가입 회선',
	'overview.citeNote': '표의 수치에는 가장 확실한 출처 하나를 공식 자료부터 골라 붙였다. 보상별 대상 조건과 모든 출처는 SKT·KT 페이지에 있다.',
	'overview.scaleRatio':
		'기록 수와 사람 수는 다른 단위다. 유출 기록 건수에는 시험용 항목 등이 섞여 있어 피해자 수보다 크다. 사람 대 사람으로 비교하면 {largest} 사고의 피해자는 {smallest}의 약 {ratio}배다.',
	'overview.remediesHeading': '보상안 나란히 보기',
	'overview.component': '항목',
	'overview.notOffered': '없음',
	'overview.announcedValue': '회사 발표 가치',
	'overview.noTotalAnnounced': '발표된 총액 없음',
	'overview.investmentHeading': '정보보호 투자 약속',
	'overview.overYears': '{n}년간',
	'overview.finesHeading': '과징금',
	'overview.departuresHeading': '위약금 면제 기간의 이탈',
	'overview.chartsHeading': '그래프로 보기',
	'overview.moreCharts': '다른 그래프',
	'overview.nextHeading': '더 보기',
	'overview.nextModel': '모든 가정과 범위를 바꿔 보는 비용 모델',
	'overview.nextBenchmarks': '다른 유출 사고의 보상과 같은 기준으로 비교',
	'overview.nextIncident': '사고 하나의 모든 수치, 타임라인, 출처',
	'overview.nextBrief': '인쇄용 A4 한 장',
	'overview.recordsLeaked': '유출 기록(사람 수가 아니다)',
	'overview.peopleAffected': '피해자(사람)',
	'overview.pendingCount': '결정 전 {n}건',
	'overview.mvno.included': '알뜰폰 포함',
	'overview.mvno.excluded': '알뜰폰 제외',
	'overview.mvno.unknown': '알뜰폰 포함 여부 불명',

	// Findings the overview and the brief open with (components/Findings.astro)
	'findings.heading': '핵심 내용',
	'findings.offered': '{name}: 모든 고객에게 {n}가지 보상 — {items}.',
	'findings.offeredMore': ' 외 {n}가지',
	'findings.noDiscount': '{name}: 전 고객 요금 할인은 없었다.',
	'findings.costLead': '비용 모델(모의실험 중앙값 P50, 괄호 안은 P5–P95)로 본 고객 보상 비용:',
	'findings.cost': '{name} 약 {p50}({p5}–{p95}).',
	'findings.announced': '{name} 발표 가치({value})는 혜택의 액면가로, 비용이 아니다.',
	'findings.modelLink': '가정 보기·바꾸기',
	'findings.perLine': '같은 기준으로 비교하면, 전 고객 보상 비용을 가입 회선 수로 나눈 값은 {items}이다.',
	'findings.perLineItem': '{name} 회선당 약 {p50}({p5}–{p95})',
	'findings.perLineWhy': '전 고객 보상은 모든 회선이 받을 수 있었으므로 유출 피해자 수로 나누지 않는다.',
	'findings.methodLink': '방법론',
	'findings.standing': '{name} 발표 가치를 나누면 {per} {amount}이며, 피해자 몫의 액면가를 환산할 수 있는 {of}개 사례 가운데 {rank}위다.',
	'findings.standingWhy': '액면가는 액면가끼리만 순위를 매긴다(현금 지급·합의 기금과 섞지 않는다).',
	'findings.benchmarksLink': '다른 사고와 비교',
	'findings.pending': '{name}의 미결 사항 {n}건: {items}.',
	'findings.pendingCost': '모델은 미확정 과징금·배상을 합계 밖 시나리오로 따로 둔다: {items}.',
	'findings.pendingCostItem': '{name} 약 {p50}({p5}–{p95})',

	// One incident (pages/[...lang]/incidents/[id].astro)
	'incident.pageTitle': '{name} 해킹 사고 기록',
	'incident.disclosed': '공개일(타임라인의 0일)',
	'incident.scaleHeading': '규모',
	'incident.timelineHeading': '타임라인',
	'incident.remediesHeading': '보상과 대책',
	'incident.announcedValue': '발표 가치',
	'incident.departuresHeading': '고객 이탈',
	'incident.departuresNote': '총 이탈(gross)과 순감(net), 알뜰폰 포함 여부가 다른 수치는 서로 더하거나 비교하지 않는다.',
	'incident.measure': '항목',
	'incident.value': '값',
	'incident.window': '기간',
	'incident.basis': '기준',
	'incident.gross': '총 이탈',
	'incident.net': '순감',
	'incident.mvno.included': '알뜰폰 포함',
	'incident.mvno.excluded': '알뜰폰 제외',
	'incident.mvno.unknown': '알뜰폰 포함 여부 불명',
	'incident.financialsHeading': '재무 맥락',
	'incident.period': '기간',
	'incident.metric': '항목',
	'incident.disputesHeading': '과징금과 분쟁',
	'incident.recordLead': '전체 기록(정의·다른 값·신뢰도 포함):',

	// 사고의 전체 기록 (pages/[...lang]/incidents/[id]/record.astro)
	'record.pageTitle': '{name} 해킹 사고: 전체 기록',
	'record.description': '{name} 해킹 사고의 규모, 고객 이탈, 재무 수치 전부를 정의, 다른 값, 신뢰도, 출처와 함께 정리했다.',
	'record.lede':
		'이 사이트가 가진 {name} 사고의 모든 수치다. 출처마다 값이 다르면 채택한 값을 먼저 싣고, 다른 값과 채택하지 않은 이유는 그 아래에 펼쳐 볼 수 있다. 유출 기록 건수, 사람 수, 회선 수는 서로 다른 단위이니 각 수치의 정의를 보라.',
	'record.back': '← {name} 사고 요약: 핵심 수치, 타임라인, 보상, 과징금',
	'record.contents': '이 페이지:',
	'record.scaleCount': '규모 수치 {n}개',
	'record.outcomesCount': '고객 이탈 수치 {n}개',
	'record.financialsCount': '재무 수치 {n}개',
	'record.showScale': '규모 수치 {n}개 펼치기: 수치마다 정의, 기준일, 신뢰도, 출처',
	'record.showOutcomes': '고객 이탈 수치 {n}개 펼치기: 수치마다 기간, 집계 기준, 출처',
	'record.showFinancials': '재무 수치 {n}개 펼치기: 수치마다 기간, 기준, 출처',

	// Executive brief (pages/[...lang]/brief.astro)
	'brief.title': '한 장 요약',
	'brief.description': 'SKT·KT 보상 비교 한 장 요약',
	'brief.heading': 'SKT·KT 해킹 보상 한 장 요약',
	'brief.asOf': '기준',
	'brief.dataVersion': '데이터 버전',
	'brief.foot': '모든 수치는 출처와 연결되어 있다. 기록·사람·회선은 다른 단위다. 회사 발표 가치는 비용이 아니다. 전체 자료: ',

	// Benchmarks (pages/[...lang]/benchmarks.astro); names of remedy types, groups and statuses are the chart's
	'benchmarks.title': '다른 사고와 비교',
	'benchmarks.description': 'SKT와 KT의 보상을 다른 유출 사고와 영향받은 단위당 금액으로 비교',
	'benchmarks.heading': '많은 편인가? 다른 유출 사고와 비교한 보상',
	'benchmarks.answerHeading': '짧은 답',
	'benchmarks.introPossessive': '의 ',
	'benchmarks.introCompanyPut': ': 회사 발표액 ',
	'benchmarks.basis.face-value': '(회사가 밝힌 액면가로, 회사 비용도 피해자가 받은 현금도 아니다)',
	'benchmarks.basis.cash-paid': '(피해자에게 실제로 지급한 현금)',
	'benchmarks.basis.settlement-fund': '(변호사 비용까지 포함한 합의 기금)',
	'benchmarks.introDividedBy': '을 ',
	'benchmarks.introIs': '으로 나누면 ',
	'benchmarks.introRank': '이다. 이 값은 같은 종류(액면가는 액면가끼리)의 피해자 몫을 환산할 수 있는 {of}개 사례 가운데 {rank}다.',
	'benchmarks.rankFirst': '1위',
	'benchmarks.rankNth': '{rank}위',
	'benchmarks.introAltDividedBy': '같은 금액을 ',
	'benchmarks.introAltIs': '으로 나누면 ',
	'benchmarks.introAltEnd': '이다. ',
	'benchmarks.introMissing': '{name}에는 {counts}가 없어 그 기준 값은 없다(0이 아니다).',
	'benchmarks.introMissingJoin': '·',
	'benchmarks.countOf.records': '유출 기록 수',
	'benchmarks.countOf.people': '피해자 수',
	'benchmarks.countOf.lines': '회선 수',
	'benchmarks.median':
		'같은 종류의 값이 있는 비교 사례 {n}건에서 피해자에게 간 가장 큰 항목 하나의 단위당 금액은 {min}({minCase})부터 {max}({maxCase})까지이고 중앙값은 {median}이다. 분모는 사례마다 사람·계정·기록으로 다르다.',
	'benchmarks.annual': ' (연간)',
	'benchmarks.rankOf': ' — {of}개 사례 중 {rank}위',
	'benchmarks.perLineAside': ' (회선당으로는 {amount})',
	'benchmarks.ranksNote':
		'순위는 사례마다 가장 큰 항목 하나끼리, 피해자 몫은 같은 종류(액면가·지급 현금·합의 기금)끼리만 비교한 것이며 항목을 더하지 않았다. 피해자 보상, 처벌, 보안 투자는 서로 섞지 않는다.',
	'benchmarks.filterHeading': '걸러 보기',
	'benchmarks.country': '국가',
	'benchmarks.allOptions': '전체',
	'benchmarks.fromYear': '시작 연도',
	'benchmarks.fromAny': '처음부터',
	'benchmarks.toYear': '끝 연도',
	'benchmarks.toAny': '끝까지',
	'benchmarks.remedyType': '보상 유형',
	'benchmarks.apply': '적용',
	'benchmarks.showAll': '모두 보기',
	'benchmarks.needsJs': '걸러 보기는 자바스크립트가 있어야 작동한다. 자바스크립트 없이는 아래에 모든 사례를 보여 준다.',
	'benchmarks.yearRule': '연도는 유출이 시작된 해부터 공개된 해까지의 기간과 겹치면 포함한다.',
	'benchmarks.caveatsHeading': '주의할 점',
	'benchmarks.caveatUnits':
		'기록은 사람이 아니다. 유출 기록, 피해자, 회선, 계정은 서로 다른 단위이며 단위당 값마다 분모를 밝혔다. 같은 금액도 무엇으로 나누느냐에 따라 크게 달라진다.',
	'benchmarks.caveatSettlement':
		'합의 금액은 지급액이 아니다. 집단소송 합의 기금은 변호사 비용과 청구하지 않은 몫까지 포함하며 실제로 피해자 손에 들어간 돈은 더 적을 수 있다.',
	'benchmarks.caveatFaceValue':
		'액면가는 비용이 아니다. 회사가 밝힌 보상 규모(요금 할인, 데이터, 상품권)는 고객이 받는 혜택의 액면가이며 회사가 실제로 부담한 비용이 아니다.',
	'benchmarks.caveatPending':
		'미확정 처분은 금액으로 다루지 않는다. 결정되지 않은 과징금은 법정 상한이나 보도 추정치가 있어도 금액 없이 “미확정”으로만 적었다.',
	'benchmarks.caveatRatesLead': '금액은 ',
	'benchmarks.caveatRate': '{period}년 평균 환율(1{currency}={rate}원)',
	'benchmarks.caveatRatesTail': '로 환산했고 물가 상승은 반영하지 않았다. 오래된 사례일수록 지금 돈으로는 더 크다.',
	'benchmarks.caveatNoRate':
		'출처 있는 환율이 없는 통화({currencies})의 금액은 환산한 비교에서 뺐다. 원래 통화 금액은 아래 표에 있다.',
	'benchmarks.allFiguresHeading': '모든 수치와 출처',
	'benchmarks.tableNote':
		'단위당 값 = 금액 ÷ 분모. 굵은 글씨는 이 사이트가 다루는 두 사고다. “다른 분모” 행은 같은 금액을 다른 기준의 수로 나눈 값이다.',
	'benchmarks.showAllFigures': '표 펼치기: 사례 {cases}건, {rows}행, 행마다 출처',
	'benchmarks.rateSources': ' 원화·달러 환산 환율의 출처: ',
	'benchmarks.col.case': '사례',
	'benchmarks.col.item': '항목',
	'benchmarks.col.typeStatus': '유형 · 상태',
	'benchmarks.col.amount': '금액(원래 통화)',
	'benchmarks.col.denominator': '분모',
	'benchmarks.col.perUnitKrw': '단위당 원화',
	'benchmarks.col.perUnitUsd': '단위당 달러',
	'benchmarks.col.note': '비고',
	'benchmarks.amountEach': ' (1인당)',
	'benchmarks.perYear': '/년',
	'benchmarks.amountOverYears': ' ({n}년간)',
	'benchmarks.otherDenominator': ' (다른 분모)',
	'benchmarks.noteOverstated': '여러 사고를 합친 금액이라 과대',
	'benchmarks.notePartOf': '“{item}” 항목에 포함됨',
	'benchmarks.notePartial': '부분적으로만 비교 가능한 사례',

	// Methodology (pages/[...lang]/methodology.astro); its paragraphs in i18n/prose/methodologyKo.ts
	'methodology.title': '방법론',
	'methodology.description': '정의, 공식, 신뢰도, 한계',
	'methodology.definitions.heading': '정의',
	'methodology.confidence.heading': '신뢰도 표시',
	'methodology.disagreements.heading': '출처가 엇갈릴 때',
	'methodology.model.heading': '비용 모델',
	'methodology.model.link': '모델 탐색기로',
	'methodology.inputs.heading': '입력값: 중앙값이 곧 분포의 중앙값',
	'methodology.dependence.heading': '입력 사이의 상관',
	'methodology.blocks.heading': '네 블록과 헤드라인 합계',
	'methodology.presentValue.heading': '현재가치',
	'methodology.perUnit.heading': '1인당·1회선당 금액',
	'methodology.counterfactuals.heading': '가정 시나리오',
	'methodology.tieOut.heading': '보고된 실적과의 대조',
	'methodology.tieOut.link': '대조표로',
	'methodology.formulas.heading': '항목별 공식',
	'methodology.limitations.heading': '한계',
	...methodologyKo,

	// Corrections log (pages/[...lang]/corrections.astro)
	'corrections.title': '정정 기록',
	'corrections.description': '공개된 수치의 모든 정정',
	'corrections.lede':
		'공개된 수치를 고치면 날짜, 대상, 이전 값, 새 값, 이유를 여기에 남기고, 고친 수치 옆에도 표시한다. 기록은 data/corrections.yaml에 있다.',
	'corrections.none': '아직 정정한 수치가 없다.',
	'corrections.date': '날짜',
	'corrections.figure': '대상',
	'corrections.oldValue': '이전 값',
	'corrections.newValue': '새 값',
	'corrections.reason': '이유',

	// Downloads (pages/[...lang]/data.astro)
	'data.title': '데이터',
	'data.description': '모든 데이터 내려받기와 스키마',
	'data.heading': '데이터 내려받기',
	'data.lede':
		'이 사이트의 모든 수치는 아래 파일에 단위·기준일·신뢰도·출처와 함께 들어 있다. 빌드할 때 스키마 검사를 통과한 데이터만 공개된다.',
	'data.version': '데이터 버전',
	'data.built': '빌드 날짜',
	'data.coverage': '범위',
	'data.coverageSources': '출처',
	'data.coverageIncident': '{name}: {figures} 수치, {events} 사건, {remedies} 보상 항목',
	'data.licence': '라이선스',
	'data.licenceData': '데이터: ',
	'data.licenceTerms': ' — 출처를 밝히면 자유롭게 쓸 수 있다. 원 출처 기사의 저작권은 각 언론사에 있다.',
	'data.files': '파일',
	'data.datasetFile': '검증된 전체 데이터',
	'data.rowCount': '{n} 행',
	'data.schema': '스키마',
	'data.schemaNote':
		'JSON Schema는 사이트가 쓰는 zod 스키마에서 자동 생성된다. 여러 파일에 걸친 검사(출처 id 존재, id 중복 금지, 기간 순서, 공개일 사건 존재)는 스키마 밖에서 빌드 때 함께 검사한다.',
	'data.units': '단위',
	'data.unitsNote': '기록·사람·회선·계정은 서로 다른 단위다.',
	'data.confidence': '신뢰도 표시',
	'data.cite': '인용',
	'data.citationLabel': '인용문',
	'data.citation': '통신사 해킹 보상 비교 데이터 (버전 {version}, {date} 빌드). {url}',

	// Corrections log detail, status dates and source notes
	'corrections.whatChanged': '바뀐 항목',
	'corrections.before': '이전',
	'corrections.after': '이후',
	'corrections.affectedCount': '피해 규모({id})',
	'corrections.financialLabel': '{year}년 {part} {metric}',
	'status.asOf': ' ({date} 기준)',
	'sources.label': '출처',
	'sources.dateInferred': ' (날짜 추정)',

	// Numbered references (lib/references): the heading of the list at the foot of a page
	'references.heading': '출처 목록',

	// Model explorer (lib/explorer/explorerKo.ts, kept there so the island ships only these)
	...explorerKo,

	// Cost-model unit words (i18n/modelUnitWords.ts; lib/format/formatModelValue.ts formats with them)
	...modelUnitWordsKo,

	// Chart downloads and in-chart text (pages/charts/[file].ts, charts/shared)
	'export.credit': '{site} · 데이터 버전 {version} · {origin}',
	'export.sourcesLine': '출처: {publishers}',
	'export.png': 'PNG 내려받기',
	'export.png2x': 'PNG 2배 크기(인쇄·발표용)',
	'export.csvSources': '출처',
	'export.csvExact': '{label} (정확한 값)',
	'export.csvCode': '{label} (코드)',

	// Charts (charts/<id>/messages.ts) and the benchmarks filter island: each table sits beside the
	// code that ships it, so a page or island carries only its own words
	...sharedChartKo,
	...benchmarksKo,
	...costPerPersonKo,
	...costVsAnnouncedKo,
	...departuresKo,
	...financialsKo,
	...modelUncertaintyKo,
	...remedyMatrixKo,
	...scaleKo,
	...securityInvestmentKo,
	...timelineKo,
	...benchmarkFiltersKo,
} as const;

/** The tables spread into `ko` from beside the code that ships them (a test checks none overrides another key). */
export const KO_PARTS = { explorerKo, methodologyKo, modelUnitWordsKo, sharedChartKo, benchmarksKo, costPerPersonKo, costVsAnnouncedKo, departuresKo, financialsKo, modelUncertaintyKo, remedyMatrixKo, scaleKo, securityInvestmentKo, timelineKo, benchmarkFiltersKo } as const;

/** The shape every locale's messages must have: exactly the Korean keys, each a string. */
export type Messages = { readonly [K in MessageKey]: string };
export type MessageKey = keyof typeof ko;
