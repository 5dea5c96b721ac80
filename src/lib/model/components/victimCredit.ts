// Ships to the browser: the credit for affected customers (KT's 150,000-won offer) in the cost model.
import type { ParamValues } from '../parameters.ts';
import { pct } from '../units.ts';

/** Parameters the victim credit reads. */
export const VICTIM_CREDIT_PARAMS = ['affectedPeople', 'victimCreditTakeUp', 'victimCredit'] as const;
export type VictimCreditParams = Pick<ParamValues, (typeof VICTIM_CREDIT_PARAMS)[number]>;

/**
 * Credits paid to people whose data was exposed: affectedPeople × victimCreditTakeUp × victimCredit.
 * The credit is a bill or device discount, so its cost equals its value to the customer.
 */
export function victimCreditCost(p: VictimCreditParams): number {
	return p.affectedPeople * pct(p.victimCreditTakeUp) * p.victimCredit;
}
