// Ships to the browser: the streaming (OTT) voucher component of the cost model.
import type { ParamValues } from '../parameters.ts';
import { pct } from '../units.ts';

/** Parameters the OTT voucher reads. */
export const OTT_VOUCHER_PARAMS = ['mnoCustomers', 'ottTakeUpShare', 'ottMonths', 'ottCarrierPrice', 'ottRetailPrice'] as const;
export type OttVoucherParams = Pick<ParamValues, (typeof OTT_VOUCHER_PARAMS)[number]>;

/**
 * What the carrier pays the streaming service:
 *
 * mnoCustomers × ottTakeUpShare × ottCarrierPrice × ottMonths
 *
 * A carrier buys subscriptions in bulk below the retail price; that wholesale price is not public.
 */
export function ottVoucherCost(p: OttVoucherParams): number {
	return p.mnoCustomers * pct(p.ottTakeUpShare) * p.ottCarrierPrice * p.ottMonths;
}

/** Retail value to the customers who took it: takers × ottRetailPrice × ottMonths. */
export function ottVoucherRetailValue(p: OttVoucherParams): number {
	return p.mnoCustomers * pct(p.ottTakeUpShare) * p.ottRetailPrice * p.ottMonths;
}
