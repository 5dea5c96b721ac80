// Ships to the browser: the model's parameter list, shared by the build and the reader's island.
/**
 * Every parameter the formulas read. Values, ranges and sources live in data/model/parameters/;
 * this list fixes what the code expects of them: the key, the group that decides where a
 * counterfactual takes the value from, the unit the formula assumes, and the short URL key.
 */
import type { ModelUnit } from '../../schemas/assumption.ts';

/**
 * `package`: what a package offered to customers (rate, months, GB…) — the only group taken from
 * the package's incident in a counterfactual. Every other group always comes from the incident
 * whose customers are modelled: `population` (who the customers are, what they did and who was
 * eligible), `cost` (unit costs and prices), `valuation` (the discount rate and the horizon over
 * which lost customers are counted), `security` (the carrier's own pledge and baseline) and
 * `incident` (facts of the breach: people affected, fraud losses, the sales halt, fines).
 */
export const PARAMETER_GROUPS = ['package', 'population', 'cost', 'valuation', 'security', 'incident'] as const;
export type ParameterGroup = (typeof PARAMETER_GROUPS)[number];

export interface ParameterSpec {
	readonly key: string;
	readonly group: ParameterGroup;
	readonly unit: ModelUnit;
	/** Query-string key, kept to two letters so shared links stay short. */
	readonly url: string;
}

export const PARAMETER_SPECS = [
	// What was offered.
	{ key: 'discountRate', group: 'package', unit: 'percent', url: 'br' },
	{ key: 'discountMonths', group: 'package', unit: 'months', url: 'bm' },
	{ key: 'dataGbPerMonth', group: 'package', unit: 'gb-per-month', url: 'gb' },
	{ key: 'dataMonths', group: 'package', unit: 'months', url: 'gm' },
	{ key: 'membershipMonths', group: 'package', unit: 'months', url: 'mm' },
	{ key: 'membershipDiscountPerUse', group: 'package', unit: 'krw-per-use', url: 'md' },
	{ key: 'ottMonths', group: 'package', unit: 'months', url: 'om' },
	{ key: 'insuranceMonths', group: 'package', unit: 'months', url: 'im' },
	{ key: 'victimCredit', group: 'package', unit: 'krw-per-person', url: 'vc' },
	// Who the customers are, who was eligible and what they did.
	{ key: 'mnoCustomers', group: 'population', unit: 'people', url: 'nc' },
	{ key: 'mvnoCustomers', group: 'population', unit: 'people', url: 'vn' },
	{ key: 'discountMvnoCoverage', group: 'population', unit: 'percent', url: 'bv' },
	{ key: 'arpu', group: 'population', unit: 'krw-per-month', url: 'ar' },
	{ key: 'mvnoArpu', group: 'population', unit: 'krw-per-month', url: 'va' },
	{ key: 'unlimitedShare', group: 'population', unit: 'percent', url: 'us' },
	{ key: 'dataUserShare', group: 'population', unit: 'percent', url: 'du' },
	{ key: 'dataExtraGbUsed', group: 'population', unit: 'gb-per-month', url: 'dx' },
	{ key: 'membershipUseShare', group: 'population', unit: 'percent', url: 'mu' },
	{ key: 'ottTakeUpShare', group: 'population', unit: 'percent', url: 'ot' },
	{ key: 'insuranceEnrolledShare', group: 'population', unit: 'percent', url: 'ie' },
	{ key: 'victimCreditTakeUp', group: 'population', unit: 'percent', url: 'vt' },
	{ key: 'usimSwapShare', group: 'population', unit: 'percent', url: 'ss' },
	{ key: 'waiverLeavers', group: 'population', unit: 'people', url: 'wl' },
	{ key: 'penaltyOwingShare', group: 'population', unit: 'percent', url: 'po' },
	{ key: 'averagePenalty', group: 'population', unit: 'krw-per-person', url: 'pe' },
	{ key: 'excessLeavers', group: 'population', unit: 'people', url: 'xl' },
	{ key: 'waiverAttribution', group: 'population', unit: 'percent', url: 'wa' },
	// What things cost the carrier, and what they sell for.
	{ key: 'mvnoCarrierFundedShare', group: 'cost', unit: 'percent', url: 'vf' },
	{ key: 'dataCostPerGb', group: 'cost', unit: 'krw-per-gb', url: 'dc' },
	{ key: 'dataRetailPricePerGb', group: 'cost', unit: 'krw-per-gb', url: 'dp' },
	{ key: 'membershipCarrierShare', group: 'cost', unit: 'percent', url: 'mc' },
	{ key: 'ottCarrierPrice', group: 'cost', unit: 'krw-per-month', url: 'oc' },
	{ key: 'ottRetailPrice', group: 'cost', unit: 'krw-per-month', url: 'op' },
	{ key: 'insurancePremium', group: 'cost', unit: 'krw-per-month', url: 'ip' },
	{ key: 'insuranceRetailPremium', group: 'cost', unit: 'krw-per-month', url: 'ir' },
	{ key: 'usimCardCost', group: 'cost', unit: 'krw-per-usim', url: 'uc' },
	{ key: 'usimHandlingCost', group: 'cost', unit: 'krw-per-usim', url: 'uh' },
	{ key: 'usimRetailPrice', group: 'cost', unit: 'krw-per-usim', url: 'ur' },
	{ key: 'contributionMargin', group: 'cost', unit: 'percent', url: 'cm' },
	// Money over time.
	{ key: 'presentValueRate', group: 'valuation', unit: 'percent-per-year', url: 'pv' },
	{ key: 'churnHorizonMonths', group: 'valuation', unit: 'months', url: 'ch' },
	// The carrier's security pledge and what it spent anyway.
	{ key: 'securityPledge', group: 'security', unit: 'krw', url: 'sp' },
	{ key: 'securityYears', group: 'security', unit: 'years', url: 'sy' },
	{ key: 'securityBaseline', group: 'security', unit: 'krw-per-year', url: 'sb' },
	{ key: 'securityBaselineGrowth', group: 'security', unit: 'percent-per-year', url: 'sg' },
	{ key: 'securityAttribution', group: 'security', unit: 'percent', url: 'sa' },
	// Facts of the incident.
	{ key: 'affectedPeople', group: 'incident', unit: 'people', url: 'pa' },
	{ key: 'fraudRefunds', group: 'incident', unit: 'krw', url: 'fr' },
	{ key: 'haltExpectedSales', group: 'incident', unit: 'lines', url: 'hs' },
	{ key: 'dealerPayPerSale', group: 'incident', unit: 'krw-per-line', url: 'dy' },
	{ key: 'fine', group: 'incident', unit: 'krw', url: 'fn' },
	{ key: 'pendingLiabilities', group: 'incident', unit: 'krw', url: 'pl' },
] as const satisfies readonly ParameterSpec[];

/** The incident whose estimate a parameter of `group` takes in `scenario`. */
export function parameterSourceIncident(group: ParameterGroup, scenario: { incident: string; packageFrom: string }): string {
	return group === 'package' ? scenario.packageFrom : scenario.incident;
}

export type ParamKey = (typeof PARAMETER_SPECS)[number]['key'];

/** Keys in the fixed order used for vectors, URLs and listings. */
export const PARAMETER_KEYS: readonly ParamKey[] = PARAMETER_SPECS.map((s) => s.key);

/** Number of parameters; the length of every parameter vector. */
export const PARAMETER_COUNT = PARAMETER_KEYS.length;

/** Position of each key in a parameter vector. */
export const PARAMETER_INDEX: Readonly<Record<ParamKey, number>> = Object.fromEntries(
	PARAMETER_KEYS.map((k, i) => [k, i]),
) as Record<ParamKey, number>;

/** One number per parameter. */
export type ParamValues = Record<ParamKey, number>;

/** Type guard for strings that name a parameter. */
export function isParamKey(key: string): key is ParamKey {
	return Object.hasOwn(PARAMETER_INDEX, key);
}
