// Ships to the browser: the explorer's UI strings.
import type { Locale } from '../format/locale.ts';
import type { ParameterGroup } from '../model/index.ts';

export const GROUP_LABEL: Record<ParameterGroup, Record<Locale, string>> = {
	package: { ko: '보상안 내용', en: 'What was offered' },
	population: { ko: '고객과 행동', en: 'Customers and behaviour' },
	cost: { ko: '비용과 가격', en: 'Costs and prices' },
	valuation: { ko: '할인율과 기간', en: 'Discount rate and horizon' },
	security: { ko: '보안 투자', en: 'Security investment' },
	incident: { ko: '사고 사실', en: 'Facts of the incident' },
};

export const NOTICE_TEXT: Record<string, Record<Locale, string>> = {
	'unknown-key': { ko: '알 수 없는 항목이라 무시함', en: 'unknown setting, ignored' },
	'duplicate-key': { ko: '중복 항목이라 첫 값만 씀', en: 'repeated, first value used' },
	malformed: { ko: '읽을 수 없는 값이라 기본값을 씀', en: 'unreadable value, default used' },
	clamped: { ko: '허용 범위를 벗어나 범위 안으로 맞춤', en: 'outside the allowed range, clamped' },
	'unknown-incident': { ko: '없는 사고라 기본 사고를 씀', en: 'unknown incident, default used' },
	'unknown-component': { ko: '없는 보상 항목이라 무시함', en: 'unknown component, ignored' },
	'unsupported-version': { ko: '지원하지 않는 링크 버전이라 전체를 기본값으로 씀', en: 'unsupported link version, all defaults used' },
	'missing-version': { ko: '링크 버전이 없어 현재 버전으로 읽음', en: 'no link version, read as the current one' },
	'too-many-notices': { ko: '이하 생략', en: 'more not listed' },
};
