// The site's sections, in navigation order.
import type { Locale } from '../lib/format/locale.ts';

/** Locale-neutral path and label of each section shown in the header (incident pages are added from data). */
export const NAV: readonly { path: string; label: Record<Locale, string> }[] = [
	{ path: '/', label: { ko: '개요', en: 'Overview' } },
	{ path: '/model/', label: { ko: '비용 모델', en: 'Cost model' } },
	{ path: '/benchmarks/', label: { ko: '다른 사고와 비교', en: 'Benchmarks' } },
	{ path: '/methodology/', label: { ko: '방법론', en: 'Methodology' } },
	{ path: '/data/', label: { ko: '데이터', en: 'Data' } },
	{ path: '/corrections/', label: { ko: '정정', en: 'Corrections' } },
	{ path: '/brief/', label: { ko: '한 장 요약', en: 'Brief' } },
];
