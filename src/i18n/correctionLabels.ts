/** Names for what a correction changed, and for the financial records it can point at. */
import type { Locale } from '../lib/format/locale.ts';
import type { Correction } from '../schemas/correction.ts';
import type { Financial } from '../schemas/financial.ts';

export const CORRECTION_FIELD_LABEL: Readonly<Record<Correction['field'], Record<Locale, string>>> = {
	value: { ko: '값', en: 'Value' },
	unit: { ko: '단위', en: 'Unit' },
	confidence: { ko: '신뢰도', en: 'Confidence' },
	sources: { ko: '출처', en: 'Sources' },
	status: { ko: '상태', en: 'Status' },
	date: { ko: '기준일', en: 'Date' },
};

export const FINANCIAL_METRIC_LABEL: Readonly<Record<Financial['metric'], Record<Locale, string>>> = {
	revenue: { ko: '매출', en: 'revenue' },
	'operating-profit': { ko: '영업이익', en: 'operating profit' },
	'net-income': { ko: '순이익', en: 'net income' },
	'wireless-revenue': { ko: '무선 매출', en: 'wireless revenue' },
	'wireless-service-revenue': { ko: '무선 서비스 매출', en: 'wireless service revenue' },
	arpu: { ko: '가입자당 평균 매출', en: 'ARPU' },
	opex: { ko: '영업비용', en: 'operating expenses' },
};

/** Period parts as written in data (`2024-FY`, `2025-Q3`). */
export const PERIOD_PART_LABEL: Readonly<Record<string, Record<Locale, string>>> = {
	FY: { ko: '연간', en: 'full-year' },
	H1: { ko: '상반기', en: 'first-half' },
	'9M': { ko: '1~3분기 누적', en: 'nine-month' },
	Q1: { ko: '1분기', en: 'Q1' },
	Q2: { ko: '2분기', en: 'Q2' },
	Q3: { ko: '3분기', en: 'Q3' },
	Q4: { ko: '4분기', en: 'Q4' },
};
