// The shape of a model run's output.
import type { Category, ComponentId } from './components.ts';
import type { UsdRateInput } from './modelInputs.ts';
import type { NormalisedRow } from './normalise.ts';
import type { ReconciliationResult } from './reconcile.ts';
import type { Spread, Stats } from './stats.ts';
import type { TornadoBar } from './tornado.ts';

export interface ComponentResult {
	id: ComponentId;
	category: Category;
	enabled: boolean;
	/** Plausible cost to the company, KRW. Zero throughout when switched off. */
	cost: Stats;
	/** Value to customers at retail prices (central, KRW); null for fines and security spending. */
	retailValue: number | null;
	/** The data allowance's GB at retail price whether used or not; null for other components. */
	faceValue: number | null;
	/** Central cost per year for a multi-year component (the security pledge); null otherwise. */
	perYear: number | null;
	/** Separately reported parts (the fee waiver's penalties and departures). */
	parts: { id: 'penalties' | 'departures'; central: number; spread: Spread }[];
	/**
	 * Ids of the reconciliation rows that compare this component alone (or one of its parts) with
	 * a stated or press figure: the announced value to show beside it.
	 */
	comparedIn: string[];
}

export interface ModelResult {
	incident: string;
	packageFrom: string;
	draws: number;
	seed: number;
	/** COMPONENTS order. */
	components: ComponentResult[];
	/** Subtotals per category, CATEGORIES order. */
	categories: { id: Category; cost: Stats }[];
	/** Total of the enabled components, KRW. */
	total: Stats;
	/** The total in US dollars at `usd.krwPerUsd`. */
	totalUsd: Stats;
	/** Sum of enabled components' retail values (central, KRW). */
	retailTotal: number;
	/** Widest swing first. */
	tornado: TornadoBar[];
	normalised: NormalisedRow[];
	/** Rows for this incident from data/model/reconciliation.yaml. */
	reconciliation: ReconciliationResult[];
	usd: UsdRateInput;
}
