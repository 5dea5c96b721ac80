// Ships to the browser: the security-investment component of the cost model.
import type { ParamValues } from '../parameters.ts';

/** Parameters the security investment reads. */
export const SECURITY_INVESTMENT_PARAMS = ['securityPledge', 'securityYears', 'securityBaseline'] as const;
export type SecurityInvestmentParams = Pick<ParamValues, (typeof SECURITY_INVESTMENT_PARAMS)[number]>;

/**
 * Spending per year above what the company already spent: max(0, securityPledge ÷ securityYears −
 * securityBaseline). A pledge that only restates the pre-breach budget costs nothing extra.
 */
export function securityIncrementPerYear(p: SecurityInvestmentParams): number {
	return Math.max(0, p.securityPledge / p.securityYears - p.securityBaseline);
}

/**
 * Incremental security spending over the pledge period:
 * max(0, securityPledge ÷ securityYears − securityBaseline) × securityYears.
 */
export function securityInvestmentCost(p: SecurityInvestmentParams): number {
	return securityIncrementPerYear(p) * p.securityYears;
}
