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

/** One quarter's phased cost as a per-draw quantity, counting only components switched on. */
export function phasedCost(tieOut: TieOutInput, incident: string, quarter: string, enabled: EnabledMask, only?: (id: string) => boolean): Extra {
	const terms = tieOut.phasing
		.filter((ph) => ph.incident === incident && isComponentId(ph.component) && (!only || only(ph.component)))
		.flatMap((ph) => {
			const c = COMPONENT_IDS.indexOf(ph.component as (typeof COMPONENT_IDS)[number]);
			const spec = COMPONENTS[c]!;
			if (enabled[c] !== 1) return [];
			const share = ph.shares?.[quarter];
			if (share !== undefined) return [{ fn: spec.cost, factor: share / 100 }];
			const months = ph.months?.[quarter];
			const perMonth = 'perMonth' in spec ? spec.perMonth : undefined;
			return months !== undefined && perMonth ? [{ fn: perMonth, factor: months }] : [];
		});
	return (p) => {
		let sum = 0;
		for (const t of terms) sum += t.fn(p) * t.factor;
		return sum;
	};
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
