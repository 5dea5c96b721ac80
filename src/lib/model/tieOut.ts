// Ships to the browser: the modelled costs phased by quarter beside reported operating profit.
import type { LocalizedText } from './localizedText.ts';
import { COMPONENTS, COMPONENT_IDS, isComponentId } from './components.ts';
import type { EnabledMask } from './evaluate.ts';
import type { Extra } from './monteCarlo.ts';
import type { TieOutInput } from './modelInputs.ts';
import type { Stats } from './stats.ts';

export interface TieOutRow {
	incident: string;
	quarter: string;
	operatingProfit: number;
	operatingProfitYearBefore: number;
	/** operatingProfit − operatingProfitYearBefore (negative: profit fell). */
	reportedChange: number;
	nonBreach: { label: LocalizedText; effect: number; sources: string[] }[];
	/** Sum of the non-breach items' effects on the change. */
	nonBreachTotal: number;
	/** The model's breach costs phased into the quarter (positive = a cost). */
	modelled: Stats;
	/**
	 * What neither the model nor the known items explain: reportedChange − nonBreachTotal + modelled.
	 * Negative: profit fell by more than the model accounts for; positive: by less.
	 */
	unexplained: Stats;
	/** The part of `modelled` that is a fine, which is not deductible for tax (central). */
	nonDeductible: number;
	/** False when the scenario is not the incident's real package. */
	comparable: boolean;
	note: LocalizedText;
	sources: string[];
}

/**
 * One quarter's phased cost, counting only components switched on: `shares` — components whose
 * cost lands in the quarter in proportion (index into COMPONENTS, fraction); `months` — components
 * that lose margin month by month (departures), with the months of undiscounted margin that fall in
 * the quarter. The quarter's cost is Σ fraction × cost + Σ months × monthly margin.
 */
export interface Phased {
	shares: { component: number; fraction: number }[];
	months: { component: number; months: number; perMonth: Extra }[];
}

export function phasedCost(tieOut: TieOutInput, incident: string, quarter: string, enabled: EnabledMask, only?: (id: string) => boolean): Phased {
	const shares: Phased['shares'] = [];
	const months: Phased['months'] = [];
	for (const ph of tieOut.phasing) {
		if (ph.incident !== incident || !isComponentId(ph.component) || (only && !only(ph.component))) continue;
		const c = COMPONENT_IDS.indexOf(ph.component);
		const spec = COMPONENTS[c]!;
		if (enabled[c] !== 1) continue;
		const share = ph.shares?.[quarter];
		if (share !== undefined) shares.push({ component: c, fraction: share / 100 });
		const m = ph.months?.[quarter];
		if (m !== undefined && 'perMonth' in spec) months.push({ component: c, months: m, perMonth: spec.perMonth });
	}
	return { shares, months };
}

/** The phased cost for one set of parameters, given the component costs computed from them. */
export function phasedValue(phased: Phased, p: Parameters<Extra>[0], costs: Float64Array): number {
	const monthly = phased.months.reduce((s, x) => s + x.months * x.perMonth(p), 0);
	return phased.shares.reduce((s, x) => s + x.fraction * costs[x.component]!, monthly);
}

/** Assembles a tie-out row once the phased cost's statistics are known. */
export function tieOutRow(
	reported: TieOutInput['reported'][number],
	modelled: Stats,
	nonDeductible: number,
	comparable: boolean,
): TieOutRow {
	const reportedChange = reported.operatingProfit - reported.operatingProfitYearBefore;
	const nonBreachTotal = reported.nonBreach.reduce((s, n) => s + n.effect, 0);
	const shift = reportedChange - nonBreachTotal;
	return {
		incident: reported.incident,
		quarter: reported.quarter,
		operatingProfit: reported.operatingProfit,
		operatingProfitYearBefore: reported.operatingProfitYearBefore,
		reportedChange,
		nonBreach: reported.nonBreach,
		nonBreachTotal,
		modelled,
		unexplained: {
			central: shift + modelled.central,
			mean: shift + modelled.mean,
			p5: shift + modelled.p5,
			p50: shift + modelled.p50,
			p95: shift + modelled.p95,
		},
		nonDeductible,
		comparable,
		note: reported.note,
		sources: reported.sources,
	};
}
