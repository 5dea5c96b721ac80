// Ships to the browser: the USIM-replacement component of the cost model.
import type { ParamValues } from '../parameters.ts';
import { pct } from '../units.ts';

/** Parameters the USIM replacement reads. */
export const USIM_REPLACEMENT_PARAMS = [
	'mnoCustomers',
	'mvnoCustomers',
	'usimSwapShare',
	'usimCardCost',
	'usimHandlingCost',
	'usimRetailPrice',
] as const;
export type UsimReplacementParams = Pick<ParamValues, (typeof USIM_REPLACEMENT_PARAMS)[number]>;

/** Cards swapped: (mnoCustomers + mvnoCustomers) × usimSwapShare — MVNO users on the network were eligible too. */
export function usimSwaps(p: UsimReplacementParams): number {
	return (p.mnoCustomers + p.mvnoCustomers) * pct(p.usimSwapShare);
}

/**
 * Cost of free swaps: (mnoCustomers + mvnoCustomers) × usimSwapShare × (usimCardCost + usimHandlingCost).
 * The card is bought in; handling is store staff time and logistics per swap.
 */
export function usimReplacementCost(p: UsimReplacementParams): number {
	return usimSwaps(p) * (p.usimCardCost + p.usimHandlingCost);
}

/** Retail value: swaps × usimRetailPrice, the fee a customer normally pays for a new USIM. */
export function usimReplacementRetailValue(p: UsimReplacementParams): number {
	return usimSwaps(p) * p.usimRetailPrice;
}
