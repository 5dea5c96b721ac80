// Ships to the browser: costs fixed by the incident itself rather than by the package.
import type { ParamValues } from '../parameters.ts';

/** Parameters of the incident-level costs. */
export const FRAUD_REFUND_PARAMS = ['fraudRefunds'] as const;
export const FINE_PARAMS = ['fine'] as const;

/** Fraudulent charges refunded to victims, as reported: fraudRefunds. */
export function fraudRefundCost(p: Pick<ParamValues, 'fraudRefunds'>): number {
	return p.fraudRefunds;
}

/** Fines imposed (or, while pending, expected): fine. A sanction, not a remedy, so it is its own category. */
export function fineCost(p: Pick<ParamValues, 'fine'>): number {
	return p.fine;
}
