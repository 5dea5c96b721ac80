// Ships to the browser: the revenue side of a quarter-on-quarter comparison.
import type { ParamValues } from './parameters.ts';
import { MONTHS_PER_QUARTER } from './units.ts';

/**
 * Service revenue missing in a quarter because customers left: excessLeavers × arpu × 3.
 * Added to the bill discount it is the model's analogue of a carrier's reported quarter-on-quarter
 * fall in mobile revenue (the fall counts every departure, not only those the waiver caused).
 */
export function quarterRevenueLoss(p: Pick<ParamValues, 'excessLeavers' | 'arpu'>): number {
	return p.excessLeavers * p.arpu * MONTHS_PER_QUARTER;
}
