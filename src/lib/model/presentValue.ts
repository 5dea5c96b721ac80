// Ships to the browser: discounting money that arrives over time.
import { pct } from './units.ts';

/**
 * Present value of 1 won a month for `months` months, the first a month from now, at an annual
 * rate of `ratePerYear` percent: (1 − (1 + q)^−months) ÷ q with q = (1 + r)^(1/12) − 1; `months`
 * itself at a zero rate. Fractional months (a drawn horizon) are allowed.
 */
export function monthlyAnnuityFactor(months: number, ratePerYear: number): number {
	if (months <= 0) return 0;
	// Through logarithms: ln(1 + q) = ln(1 + r) ÷ 12, so (1 + q)^−months = exp(−months × ln(1 + r) ÷ 12).
	const perMonth = Math.log1p(pct(ratePerYear)) / 12;
	// Below a negligible rate the ratio only loses precision (subnormal numbers), and equals `months`.
	return perMonth > 1e-12 ? -Math.expm1(-months * perMonth) / Math.expm1(perMonth) : months;
}

