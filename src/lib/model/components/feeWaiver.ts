// Ships to the browser: the early-termination fee waiver component of the cost model.
import type { ParamValues } from '../parameters.ts';
import { pct } from '../units.ts';

/** Parameters the fee waiver reads. */
export const FEE_WAIVER_PARAMS = ['waiverLeavers', 'penaltyOwingShare', 'averagePenalty'] as const;
export type FeeWaiverParams = Pick<ParamValues, (typeof FEE_WAIVER_PARAMS)[number]>;

/**
 * Penalties not collected (or refunded): waiverLeavers × penaltyOwingShare × averagePenalty.
 * Only leavers still under contract owed a penalty, and a refund had to be claimed. The margin the
 * carrier then lost on those leavers is a different block (customers lost; see churn.ts).
 */
export function waivedPenalties(p: FeeWaiverParams): number {
	return p.waiverLeavers * pct(p.penaltyOwingShare) * p.averagePenalty;
}
