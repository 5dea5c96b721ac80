// Ships to the browser: the bill-discount component of the cost model.
import type { ParamValues } from '../parameters.ts';
import { pct } from '../units.ts';

/** Parameters the bill discount reads. */
export const BILL_DISCOUNT_PARAMS = [
	'mnoCustomers',
	'arpu',
	'mvnoCustomers',
	'discountMvnoCoverage',
	'mvnoArpu',
	'mvnoCarrierFundedShare',
	'discountRate',
	'discountMonths',
] as const;
export type BillDiscountParams = Pick<ParamValues, (typeof BILL_DISCOUNT_PARAMS)[number]>;

/**
 * Revenue the carrier forgoes by discounting bills:
 *
 * (mnoCustomers × arpu + mvnoCustomers × discountMvnoCoverage × mvnoArpu × mvnoCarrierFundedShare)
 * × discountRate × discountMonths
 *
 * ARPU is reported net of VAT, so the product is revenue forgone, not the (VAT-inclusive) saving on
 * the bill. MVNO customers are billed by their MVNO at their own ARPU; only the share of their
 * discount the host carrier funds is its cost.
 */
export function billDiscountCost(p: BillDiscountParams): number {
	const mvnoBilled = p.mvnoCustomers * pct(p.discountMvnoCoverage) * p.mvnoArpu * pct(p.mvnoCarrierFundedShare);
	return (p.mnoCustomers * p.arpu + mvnoBilled) * pct(p.discountRate) * p.discountMonths;
}

/**
 * What customers saved (before VAT), whoever funded it:
 * (mnoCustomers × arpu + mvnoCustomers × discountMvnoCoverage × mvnoArpu) × discountRate × discountMonths.
 */
export function billDiscountRetailValue(p: BillDiscountParams): number {
	const mvnoBilled = p.mvnoCustomers * pct(p.discountMvnoCoverage) * p.mvnoArpu;
	return (p.mnoCustomers * p.arpu + mvnoBilled) * pct(p.discountRate) * p.discountMonths;
}
