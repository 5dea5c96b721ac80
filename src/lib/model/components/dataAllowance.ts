// Ships to the browser: the extra-data component of the cost model.
import type { ParamValues } from '../parameters.ts';
import { pct } from '../units.ts';

/** Parameters the data allowance reads. */
export const DATA_ALLOWANCE_PARAMS = [
	'mnoCustomers',
	'unlimitedShare',
	'dataUserShare',
	'dataGbPerMonth',
	'dataExtraGbUsed',
	'dataMonths',
	'dataCostPerGb',
	'dataRetailPricePerGb',
] as const;
export type DataAllowanceParams = Pick<ParamValues, (typeof DATA_ALLOWANCE_PARAMS)[number]>;

/**
 * Customers who actually draw on the extra data: mnoCustomers × (1 − unlimitedShare) × dataUserShare.
 * Customers already on unlimited plans gain nothing from more data, so they are taken out first.
 */
export function dataUsers(p: DataAllowanceParams): number {
	return p.mnoCustomers * (1 - pct(p.unlimitedShare)) * pct(p.dataUserShare);
}

/**
 * Extra GB each of those customers uses over the whole offer: min(dataGbPerMonth, dataExtraGbUsed) ×
 * dataMonths. Nobody can use more than the allowance, and few use all of it.
 */
export function dataGbUsedPerUser(p: DataAllowanceParams): number {
	return Math.min(p.dataGbPerMonth, p.dataExtraGbUsed) * p.dataMonths;
}

/**
 * Network cost of the data actually used:
 *
 * mnoCustomers × (1 − unlimitedShare) × dataUserShare × min(dataGbPerMonth, dataExtraGbUsed)
 * × dataMonths × dataCostPerGb
 *
 * The regulated wholesale price (0.82 won/MB ≈ 820 won/GB) is the high end of dataCostPerGb: it is
 * what a reseller pays, margin included. Traffic carried on capacity that is already built and idle
 * outside the busy hour costs the carrier far less, which sets the low end.
 */
export function dataAllowanceCost(p: DataAllowanceParams): number {
	return dataUsers(p) * dataGbUsedPerUser(p) * p.dataCostPerGb;
}

/** Retail value of the data actually used: the same GB × dataRetailPricePerGb (a top-up's price). */
export function dataAllowanceRetailValue(p: DataAllowanceParams): number {
	return dataUsers(p) * dataGbUsedPerUser(p) * p.dataRetailPricePerGb;
}

/**
 * The allowance at face value: every customer not on an unlimited plan × dataGbPerMonth × dataMonths
 * × dataRetailPricePerGb — the "worth" of GB handed out whether or not anyone uses them.
 */
export function dataAllowanceFaceValue(p: DataAllowanceParams): number {
	return p.mnoCustomers * (1 - pct(p.unlimitedShare)) * p.dataGbPerMonth * p.dataMonths * p.dataRetailPricePerGb;
}
