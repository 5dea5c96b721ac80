// Ships to the browser: type-only schema imports, no zod at run time.
/**
 * Remedy groups that are never added together: value reaching victims, penalties paid to the
 * state, security spending, and context figures (a company's total breach cost, capital a regulator
 * makes it hold) that are neither a payment to victims nor a penalty.
 */
import type { RemedyType } from '../../schemas/benchmark.ts';

export const REMEDY_GROUPS = ['victims', 'penalties', 'security', 'context'] as const;
export type RemedyGroup = (typeof REMEDY_GROUPS)[number];

const GROUP_OF: Readonly<Record<RemedyType, RemedyGroup>> = {
	voucher: 'victims',
	'cash-fund': 'victims',
	discount: 'victims',
	waiver: 'victims',
	'credit-monitoring': 'victims',
	'court-award': 'victims',
	'in-kind': 'victims',
	reimbursement: 'victims',
	'support-package': 'victims',
	fine: 'penalties',
	'regulatory-settlement': 'penalties',
	'business-suspension': 'penalties',
	'security-pledge': 'security',
	'capital-requirement': 'context',
	'reported-cost': 'context',
};

export function remedyGroup(type: RemedyType): RemedyGroup {
	return GROUP_OF[type];
}
