// Ships to the browser: discounting money that arrives over time.
import { pct } from './units.ts';

/**
 * Present value of 1 won a month for `months` months, the first a month from now, at an annual
 * rate of `ratePerYear` percent: (1 − (1 + q)^−months) ÷ q with q = (1 + r)^(1/12) − 1; `months`
 * itself at a zero rate. Fractional months (a drawn horizon) are allowed.
 */
export function monthlyAnnuityFactor(months: number, ratePerYear: number): number {
	if (months <= 0) return 0;
	const q = Math.pow(1 + pct(ratePerYear), 1 / 12) - 1;
	return q > 0 ? (1 - Math.pow(1 + q, -months)) / q : months;
}

/** What 1 won at the end of year `year` is worth today at `ratePerYear` percent: (1 + r)^−year. */
export function yearDiscountFactor(year: number, ratePerYear: number): number {
	return Math.pow(1 + pct(ratePerYear), -year);
}
