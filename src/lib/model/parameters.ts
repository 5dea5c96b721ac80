// Ships to the browser: the model's parameter list, shared by the build and the reader's island.
/**
 * Every parameter the formulas read. Values, ranges and sources live in data/model/parameters/;
 * this list fixes what the code expects of them: the key, the group that decides where a
 * counterfactual takes the value from, the unit the formula assumes, and the short URL key.
 */
import type { ModelUnit } from '../../schemas/assumption.ts';

/**
 * `package`: what the company offered (rate, months, GB…) — taken from the package's incident in a
 * counterfactual. `population`: who the customers are and how they behave; `cost`: unit costs and
 * prices; `incident`: facts of the breach itself (fine, fraud losses, people affected). These three
 * always come from the incident whose customers are modelled.
 */
export const PARAMETER_GROUPS = ['package', 'population', 'cost', 'incident'] as const;
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
	{ key: 'discountMvnoCoverage', group: 'package', unit: 'percent', url: 'bv' },
	{ key: 'dataGbPerMonth', group: 'package', unit: 'gb-per-month', url: 'gb' },
	{ key: 'dataMonths', group: 'package', unit: 'months', url: 'gm' },
	{ key: 'membershipMonths', group: 'package', unit: 'months', url: 'mm' },
	{ key: 'membershipDiscountPerUse', group: 'package', unit: 'krw-per-use', url: 'md' },
	{ key: 'ottMonths', group: 'package', unit: 'months', url: 'om' },
	{ key: 'insuranceMonths', group: 'package', unit: 'months', url: 'im' },
	{ key: 'victimCredit', group: 'package', unit: 'krw-per-person', url: 'vc' },
	{ key: 'securityPledge', group: 'package', unit: 'krw', url: 'sp' },
	{ key: 'securityYears', group: 'package', unit: 'years', url: 'sy' },
	// Who the customers are and what they do.
	{ key: 'mnoCustomers', group: 'population', unit: 'people', url: 'nc' },
	{ key: 'mvnoCustomers', group: 'population', unit: 'people', url: 'vn' },
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
	{ key: 'remainingMonths', group: 'population', unit: 'months', url: 'rm' },
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
	{ key: 'securityBaseline', group: 'cost', unit: 'krw-per-year', url: 'sb' },
	// Facts of the incident.
	{ key: 'affectedPeople', group: 'incident', unit: 'people', url: 'pa' },
	{ key: 'fraudRefunds', group: 'incident', unit: 'krw', url: 'fr' },
	{ key: 'fine', group: 'incident', unit: 'krw', url: 'fn' },
] as const satisfies readonly ParameterSpec[];

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
