// UI strings for ko (default) and en.
import type { Locale } from '../lib/format/locale.ts';

/** Every UI string in both languages; data text lives in data/ instead. */
export const UI = {
	siteTitle: { ko: '통신사 해킹 보상 비교', en: 'Telecom breach remedies compared' },
	siteTagline: {
		ko: 'SK텔레콤과 KT의 2025년 침해 사고, 무엇을 얼마나 보상했나',
		en: 'What SK Telecom and KT offered after their 2025 breaches, and what it cost',
	},
	skipToContent: { ko: '본문으로 건너뛰기', en: 'Skip to content' },
	languageSwitch: { ko: 'English', en: '한국어' },
	languageSwitchLabel: { ko: '영어로 보기', en: 'Read in Korean' },
	sourcesLabel: { ko: '출처', en: 'Sources' },
	scaleHeading: { ko: '유출 규모: 기록과 사람은 다르다', en: 'Scale: records are not people' },
	remediesHeading: { ko: '보상안 나란히 보기', en: 'The two remedy packages side by side' },
	investmentHeading: { ko: '정보보호 투자 약속', en: 'Security investment pledges' },
	finesHeading: { ko: '과징금', en: 'Fines' },
	departuresHeading: { ko: '위약금 면제 기간의 이탈', en: 'Departures during the fee-waiver windows' },
	notOffered: { ko: '없음', en: 'Not offered' },
	pending: { ko: '결정 전', en: 'Pending' },
	perYear: { ko: '연평균', en: 'a year on average' },
	overYears: { ko: '{n}년간', en: 'over {n} years' },
	asOf: { ko: '기준', en: 'as of' },
	announcedValue: { ko: '회사 발표 가치', en: 'Value the company announced' },
	window: { ko: '기간', en: 'Window' },
	eligibility: { ko: '대상', en: 'Who is eligible' },
	component: { ko: '항목', en: 'Component' },
	footerData: {
		ko: '모든 수치는 data/ 폴더의 출처 기록에서 나옵니다.',
		en: 'Every figure comes from the sourced records in data/.',
	},
	builtOn: { ko: '빌드', en: 'Built' },
} as const satisfies Record<string, Record<Locale, string>>;

export type UiKey = keyof typeof UI;

/** Looks up a UI string, filling `{name}` placeholders. */
export function t(locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
	return UI[key][locale].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
