// Reader-facing names of remedy kinds.
import type { RemedyKind } from '../schemas/remedy.ts';
import type { Locale } from '../lib/format/locale.ts';

export const REMEDY_KIND_LABEL: Record<RemedyKind, Record<Locale, string>> = {
	'bill-discount': { ko: '요금 할인', en: 'Bill discount' },
	'data-allowance': { ko: '데이터 제공', en: 'Extra data' },
	'partner-discount': { ko: '멤버십·제휴 할인', en: 'Membership and partner discounts' },
	'ott-voucher': { ko: 'OTT 이용권', en: 'Streaming (OTT) voucher' },
	insurance: { ko: '피해 보험', en: 'Fraud insurance' },
	'usim-replacement': { ko: '유심 교체', en: 'USIM replacement' },
	'usim-protection': { ko: '유심보호서비스', en: 'USIM protection service' },
	'fee-waiver': { ko: '위약금 면제', en: 'Early-termination fee waiver' },
	'fraud-refund': { ko: '피해액 환급', en: 'Fraud losses refunded' },
	'damage-pledge': { ko: '피해 전액 보상 약속', en: 'Pledge to cover any damage' },
	'victim-package': { ko: '피해자 전용 보상', en: 'Package for confirmed victims' },
	'rejoin-benefit': { ko: '재가입 혜택 복원', en: 'Benefits restored on rejoining' },
	'roaming-bonus': { ko: '로밍 데이터 추가', en: 'Extra roaming data' },
	'security-app': { ko: '보안 앱', en: 'Security app' },
	'security-investment': { ko: '정보보호 투자', en: 'Security investment' },
	fine: { ko: '과징금·과태료', en: 'Fines' },
	'mediation-award': { ko: '분쟁조정안', en: 'Mediation proposal' },
	other: { ko: '기타', en: 'Other' },
};
