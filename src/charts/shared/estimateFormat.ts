// Ships to the browser: modelled amounts in won, written no more precisely than an estimate deserves.
import type { Locale } from '../../lib/format/locale.ts';
import { formatKrwApprox } from '../../lib/format/formatNumber.ts';

/** A modelled amount in won, rounded as far as an estimate can be trusted (see formatKrwApprox). */
export const formatModelKrw = formatKrwApprox;

/** "1조772억–1조3,442억원" / "₩1.077–1.344 trillion": a range with its unit written once when it can be. */
export function formatKrwRange(a: number, b: number, locale: Locale): string {
	const lo = formatModelKrw(a, locale);
	const hi = formatModelKrw(b, locale);
	if (lo === hi) return hi;
	if (locale === 'ko') return `${lo.replace(/원$/, '')}–${hi}`;
	const [, loNum, loWord] = /^(₩[\d.,]+)(?: (\w+))?$/.exec(lo) ?? [];
	const [, hiNum, hiWord] = /^₩([\d.,]+)(?: (\w+))?$/.exec(hi) ?? [];
	return loNum && hiNum && loWord === hiWord ? `${loNum}–${hiNum}${hiWord ? ` ${hiWord}` : ''}` : `${lo}–${hi}`;
}

