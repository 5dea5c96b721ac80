// Ships to the browser: the early-termination fee waiver component of the cost model.
import type { ParamValues } from '../parameters.ts';
import { pct } from '../units.ts';

/** Parameters the fee waiver reads. */
export const FEE_WAIVER_PARAMS = [
	'waiverLeavers',
	'penaltyOwingShare',
	'averagePenalty',
	'excessLeavers',
	'waiverAttribution',
	'arpu',
	'contributionMargin',
	'remainingMonths',
] as const;
export type FeeWaiverParams = Pick<ParamValues, (typeof FEE_WAIVER_PARAMS)[number]>;

/**
 * Penalties not collected (or refunded): waiverLeavers × penaltyOwingShare × averagePenalty.
 * Only leavers still under contract owed a penalty, and a refund had to be claimed.
 */
export function waivedPenalties(p: FeeWaiverParams): number {
	return p.waiverLeavers * pct(p.penaltyOwingShare) * p.averagePenalty;
}

/**
 * Profit lost on customers the waiver let go:
 *
 * excessLeavers × waiverAttribution × arpu × contributionMargin × remainingMonths
 *
 * excessLeavers is the net loss over the waiver's coverage period (departures beyond normal churn);
 * waiverAttribution is the share of it caused by the waiver rather than by the breach itself.
 */
export function departureValue(p: FeeWaiverParams): number {
	return p.excessLeavers * pct(p.waiverAttribution) * p.arpu * pct(p.contributionMargin) * p.remainingMonths;
}

/** The waiver's cost: waivedPenalties + departureValue. */
export function feeWaiverCost(p: FeeWaiverParams): number {
	return waivedPenalties(p) + departureValue(p);
}
