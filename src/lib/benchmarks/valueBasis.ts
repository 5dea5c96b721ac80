// Ships to the browser: type-only schema imports, no zod at run time.
/**
 * What a money figure for victims actually measures, so that only like is ranked with like:
 * `face-value` — what a company said benefits were worth (vouchers, discounts, waivers, free
 * services), not what they cost it nor cash anyone received; `cash-paid` — money paid to victims
 * (refunds, damages a court awarded); `settlement-fund` — a fund that also pays lawyers' fees and
 * administration, so victims receive less than its size. Penalties, pledges and context figures have
 * no basis here: they are never ranked against money to victims.
 */
import type { RemedyType } from '../../schemas/benchmark.ts';

export const VALUE_BASES = ['face-value', 'cash-paid', 'settlement-fund'] as const;
export type ValueBasis = (typeof VALUE_BASES)[number];

const BASIS_OF: Readonly<Record<RemedyType, ValueBasis | undefined>> = {
	voucher: 'face-value',
	discount: 'face-value',
	waiver: 'face-value',
	'credit-monitoring': 'face-value',
	'in-kind': 'face-value',
	'support-package': 'face-value',
	reimbursement: 'cash-paid',
	'court-award': 'cash-paid',
	'cash-fund': 'settlement-fund',
	fine: undefined,
	'regulatory-settlement': undefined,
	'business-suspension': undefined,
	'security-pledge': undefined,
	'capital-requirement': undefined,
	'reported-cost': undefined,
};

/** The basis of a remedy type's figure; undefined for types that are not money to victims. */
export function valueBasis(type: RemedyType): ValueBasis | undefined {
	return BASIS_OF[type];
}
