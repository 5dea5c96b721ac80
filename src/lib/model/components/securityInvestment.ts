// Ships to the browser: the security-investment component of the cost model.
import type { ParamValues } from '../parameters.ts';
import { yearDiscountFactor } from '../presentValue.ts';
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
	let pv = 0;
	const whole = Math.floor(p.securityYears);
	for (let y = 1; y <= whole; y++) pv += securityIncrementInYear(p, y) * yearDiscountFactor(y, p.presentValueRate);
	const rest = p.securityYears - whole;
	if (rest > 0) pv += rest * securityIncrementInYear(p, whole + 1) * yearDiscountFactor(whole + 1, p.presentValueRate);
	return pv * pct(p.securityAttribution);
}
