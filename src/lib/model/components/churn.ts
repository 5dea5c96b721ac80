// Ships to the browser: the customers-lost block — margin lost on departures and the sales halt.
import type { ParamValues } from '../parameters.ts';
import { monthlyAnnuityFactor } from '../presentValue.ts';
import { pct } from '../units.ts';

/** Parameters the two departure components read. */
export const DEPARTURE_PARAMS = [
	'excessLeavers',
	'waiverAttribution',
	'arpu',
	'contributionMargin',
	'churnHorizonMonths',
	'presentValueRate',
] as const;
export type DepartureParams = Pick<ParamValues, (typeof DEPARTURE_PARAMS)[number]>;

/** Margin a month on all excess leavers: excessLeavers × arpu × contributionMargin. */
function monthlyMarginLost(p: DepartureParams): number {
	return p.excessLeavers * p.arpu * pct(p.contributionMargin);
}

/** Margin a month lost on the leavers the waiver let go: × waiverAttribution. */
export function waiverDeparturesPerMonth(p: DepartureParams): number {
	return monthlyMarginLost(p) * pct(p.waiverAttribution);
}

/** Margin a month lost on the leavers the breach itself drove away: × (1 − waiverAttribution). */
export function breachDeparturesPerMonth(p: DepartureParams): number {
	return monthlyMarginLost(p) * (1 - pct(p.waiverAttribution));
}

/**
 * Present value of the margin lost on waiver-driven leavers over the horizon:
 * excessLeavers × waiverAttribution × arpu × contributionMargin × annuity(churnHorizonMonths, presentValueRate).
 */
export function waiverDeparturesCost(p: DepartureParams): number {
	return waiverDeparturesPerMonth(p) * monthlyAnnuityFactor(p.churnHorizonMonths, p.presentValueRate);
}

/**
 * Present value of the margin lost on breach-driven leavers over the horizon:
 * excessLeavers × (1 − waiverAttribution) × arpu × contributionMargin × annuity(churnHorizonMonths, presentValueRate).
 * excessLeavers is a net count, so sign-ups missed during a sales halt are already inside it.
 */
export function breachDeparturesCost(p: DepartureParams): number {
	return breachDeparturesPerMonth(p) * monthlyAnnuityFactor(p.churnHorizonMonths, p.presentValueRate);
}

/** Parameters the dealer compensation reads. */
export const DEALER_PARAMS = ['haltExpectedSales', 'dealerPayPerSale'] as const;

/**
 * What the carrier paid stores for the sales they could not make during a halt:
 * haltExpectedSales × dealerPayPerSale. The sales themselves are in the net departures.
 */
export function dealerCompensationCost(p: Pick<ParamValues, (typeof DEALER_PARAMS)[number]>): number {
	return p.haltExpectedSales * p.dealerPayPerSale;
}
