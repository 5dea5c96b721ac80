// Ships to the browser: costs fixed by the incident itself rather than by the package.
import type { ParamValues } from '../parameters.ts';

/** Parameters of the incident-level costs. */
export const FRAUD_REFUND_PARAMS = ['fraudRefunds'] as const;
export const FINE_PARAMS = ['fine'] as const;
export const PENDING_PARAMS = ['pendingLiabilities'] as const;

/** Fraudulent charges refunded to victims, as reported: fraudRefunds. */
export function fraudRefundCost(p: Pick<ParamValues, 'fraudRefunds'>): number {
	return p.fraudRefunds;
}

/** Fines already imposed: fine. A sanction, not a remedy, so it has its own block. */
export function fineCost(p: Pick<ParamValues, 'fine'>): number {
	return p.fine;
}

/**
 * Fines not yet decided, mediation awards and damages claims, as a scenario: pendingLiabilities.
 * Shown beside the totals, never inside them, until decided.
 */
export function pendingLiabilitiesCost(p: Pick<ParamValues, 'pendingLiabilities'>): number {
	return p.pendingLiabilities;
}
