// Reader-facing names for the closed sets in src/schemas.
import type { Locale } from '../lib/format/locale.ts';
import type { Confidence } from '../schemas/common.ts';
import type { EVENT_KINDS } from '../schemas/event.ts';

export const CONFIDENCE_LABEL: Record<Confidence, Record<Locale, string>> = {
	government: { ko: '정부 발표', en: 'Government finding' },
	official: { ko: '회사 공식 발표', en: 'Company statement' },
	industry: { ko: '업계 통계', en: 'Industry statistics' },
	'press-estimate': { ko: '언론 추정', en: 'Press estimate' },
	'analyst-estimate': { ko: '증권가 추정', en: 'Analyst estimate' },
	derived: { ko: '계산값', en: 'Derived (our arithmetic)' },
	low: { ko: '낮은 신뢰도', en: 'Low confidence' },
};

export const CONFIDENCE_HELP: Record<Confidence, Record<Locale, string>> = {
	government: {
		ko: '과기정통부·개인정보위·민관합동조사단·경찰 등 공공기관이 발표하거나 확인한 수치.',
		en: 'Published or confirmed by a public body: the ministry, the privacy commission, the joint investigation team, the police.',
	},
	official: {
		ko: '회사가 직접 밝힌 수치(보도자료, 실적 발표, 임원 발언). 대개 언론 보도를 통해 확인.',
		en: 'Stated by the company itself (releases, earnings calls, executives), usually as reported by the press.',
	},
	industry: {
		ko: '통신사업자연합회(KTOA) 번호이동 통계 등 업계 집계를 언론이 전한 것.',
		en: 'Market statistics such as KTOA number-portability counts, as carried by the press.',
	},
	'press-estimate': { ko: '기자나 업계 관계자의 계산·추정.', en: 'A journalist’s or industry source’s own calculation.' },
	'analyst-estimate': { ko: '증권사·신용평가사의 추정.', en: 'An estimate by a securities firm or rating agency.' },
	derived: {
		ko: '출처가 있는 수치로 이 사이트가 직접 계산한 값. 입력값을 함께 밝힌다.',
		en: 'Our own arithmetic on sourced figures; the inputs are named.',
	},
	low: {
		ko: '블로그·미러·자동 요약 등 출처가 약한 경우. 다른 근거 없이 인용하지 말 것.',
		en: 'Blogs, mirrors or machine-written summaries; do not quote without other support.',
	},
};

export const EVENT_KIND_LABEL: Record<(typeof EVENT_KINDS)[number], Record<Locale, string>> = {
	intrusion: { ko: '침투', en: 'Intrusion' },
	detection: { ko: '탐지', en: 'Detection' },
	report: { ko: '신고', en: 'Report' },
	disclosure: { ko: '공개', en: 'Disclosure' },
	investigation: { ko: '조사 결과', en: 'Investigation' },
	remedy: { ko: '보상·대책', en: 'Remedy' },
	'waiver-window': { ko: '위약금 면제 기간', en: 'Fee-waiver window' },
	'refund-window': { ko: '환급 신청 기간', en: 'Refund window' },
	'sales-halt': { ko: '신규 영업 중단', en: 'Sales halt' },
	fine: { ko: '과징금', en: 'Fine' },
	mediation: { ko: '분쟁 조정', en: 'Mediation' },
	lawsuit: { ko: '소송', en: 'Lawsuit' },
	arrest: { ko: '검거', en: 'Arrest' },
	earnings: { ko: '실적 발표', en: 'Earnings' },
	other: { ko: '기타', en: 'Other' },
};
