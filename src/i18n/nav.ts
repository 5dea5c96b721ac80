// Ships to the browser: the site's sections, in navigation order.
import type { Locale } from '../lib/format/locale.ts';

/** Locale-neutral path and label of each section shown in the header (incident pages are added from data). */
export const NAV: readonly { path: string; label: Record<Locale, string> }[] = [
	{ path: '/', label: { ko: '개요', en: 'Overview' } },
	{ path: '/data/', label: { ko: '데이터', en: 'Data' } },
	{ path: '/corrections/', label: { ko: '정정', en: 'Corrections' } },
];
