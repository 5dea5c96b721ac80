// The site's sections, in navigation order.
import type { MessageKey } from './ko.ts';

/** Locale-neutral path and label key of each section shown in the header (incident pages are added from data). */
export const NAV: readonly { path: string; label: Extract<MessageKey, `nav.${string}`> }[] = [
	{ path: '/', label: 'nav.overview' },
	{ path: '/model/', label: 'nav.model' },
	{ path: '/benchmarks/', label: 'nav.benchmarks' },
	{ path: '/methodology/', label: 'nav.methodology' },
	{ path: '/data/', label: 'nav.data' },
	{ path: '/corrections/', label: 'nav.corrections' },
	{ path: '/brief/', label: 'nav.brief' },
];
