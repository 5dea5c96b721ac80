// Ships to the browser: the security-investment component of the cost model.
import type { ParamValues } from '../parameters.ts';
import { pct } from '../units.ts';

/** Parameters the security investment reads. */
export const SECURITY_INVESTMENT_PARAMS = [
	'securityPledge',
	'securityYears',
	'securityBaseline',
	'securityBaselineGrowth',
	'securityAttribution',
	'presentValueRate',
] as const;
export type SecurityInvestmentParams = Pick<ParamValues, (typeof SECURITY_INVESTMENT_PARAMS)[number]>;

/**
 * Spending in pledge year `year` (1 = the first) above what the carrier would have spent anyway:
 * max(0, securityPledge ÷ securityYears − securityBaseline × (1 + securityBaselineGrowth)^year).
 * The baseline is the last pre-breach year's spending, grown at the rate it was already growing, so
 * a pledge that only continues the trend costs nothing extra.
 */
export function securityIncrementInYear(p: SecurityInvestmentParams, year: number): number {
	return Math.max(0, p.securityPledge / p.securityYears - p.securityBaseline * Math.pow(1 + pct(p.securityBaselineGrowth), year));
}

/** The first pledge year's increment, for showing a yearly figure. */
export function securityIncrementPerYear(p: SecurityInvestmentParams): number {
	return securityIncrementInYear(p, 1);
}

/**
 * Present value of the increment that the breach caused:
 * securityAttribution × Σ over years y = 1…securityYears of increment(y) ÷ (1 + presentValueRate)^y.
 * A fractional pledge period counts its last part-year in proportion.
 */
export function securityInvestmentCost(p: SecurityInvestmentParams): number {
	// Runs once per Monte Carlo draw, so the yearly growth and discount factors are stepped, not raised.
	const perYear = p.securityPledge / p.securityYears;
	const grow = 1 + pct(p.securityBaselineGrowth);
	const discount = 1 / (1 + pct(p.presentValueRate));
	const whole = Math.floor(p.securityYears);
	let baseline = p.securityBaseline;
	let factor = 1;
	let pv = 0;
	for (let y = 1; y <= whole + 1; y++) {
		baseline *= grow;
		factor *= discount;
		const weight = y <= whole ? 1 : p.securityYears - whole;
		if (weight > 0) pv += weight * Math.max(0, perYear - baseline) * factor;
	}
	return pv * pct(p.securityAttribution);
}
