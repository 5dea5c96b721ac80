// Ships to the browser: the partner/membership-discount component of the cost model.
import type { ParamValues } from '../parameters.ts';
import { pct } from '../units.ts';

/** Parameters the membership discount reads. */
export const MEMBERSHIP_DISCOUNT_PARAMS = [
	'mnoCustomers',
	'membershipUseShare',
	'membershipMonths',
	'membershipDiscountPerUse',
	'membershipCarrierShare',
] as const;
export type MembershipDiscountParams = Pick<ParamValues, (typeof MEMBERSHIP_DISCOUNT_PARAMS)[number]>;

/** Redemptions over the offer: mnoCustomers × membershipUseShare × membershipMonths. */
export function membershipRedemptions(p: MembershipDiscountParams): number {
	return p.mnoCustomers * pct(p.membershipUseShare) * p.membershipMonths;
}

/**
 * The carrier's share of partner discounts:
 *
 * mnoCustomers × membershipUseShare × membershipMonths × membershipDiscountPerUse × membershipCarrierShare
 *
 * Partner brands usually fund part of a membership discount as marketing, so only the carrier's
 * share is its cost.
 */
export function membershipDiscountCost(p: MembershipDiscountParams): number {
	return membershipRedemptions(p) * p.membershipDiscountPerUse * pct(p.membershipCarrierShare);
}

/** Discount customers received, whoever funded it: redemptions × membershipDiscountPerUse. */
export function membershipDiscountRetailValue(p: MembershipDiscountParams): number {
	return membershipRedemptions(p) * p.membershipDiscountPerUse;
}
