// Ships to the browser: the fraud-insurance component of the cost model.
import type { ParamValues } from '../parameters.ts';
import { pct } from '../units.ts';

/** Parameters the fraud insurance reads. */
export const FRAUD_INSURANCE_PARAMS = [
	'mnoCustomers',
	'insuranceEnrolledShare',
	'insuranceMonths',
	'insurancePremium',
	'insuranceRetailPremium',
] as const;
export type FraudInsuranceParams = Pick<ParamValues, (typeof FRAUD_INSURANCE_PARAMS)[number]>;

/**
 * Premiums the carrier pays for free cover:
 *
 * mnoCustomers × insuranceEnrolledShare × insurancePremium × insuranceMonths
 *
 * A group policy costs less per head than the retail phishing covers used as comparables.
 */
export function fraudInsuranceCost(p: FraudInsuranceParams): number {
	return p.mnoCustomers * pct(p.insuranceEnrolledShare) * p.insurancePremium * p.insuranceMonths;
}

/** Retail value: enrolled × insuranceRetailPremium × insuranceMonths. */
export function fraudInsuranceRetailValue(p: FraudInsuranceParams): number {
	return p.mnoCustomers * pct(p.insuranceEnrolledShare) * p.insuranceRetailPremium * p.insuranceMonths;
}
