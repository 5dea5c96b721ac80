// Ships to the browser: the shape of a model run's output.
import type { Block } from './blocks.ts';
import type { ComponentId } from './components.ts';
import type { UsdRateInput } from './modelInputs.ts';
import type { NormalisedRow } from './normalise.ts';
import type { ReconciliationResult } from './reconcile.ts';
import type { BandStats, Stats } from './stats.ts';
import type { TieOutRow } from './tieOut.ts';
import type { TornadoBar } from './tornado.ts';
import type { TotalId } from './totals.ts';

export interface ComponentResult {
	id: ComponentId;
	block: Block;
	enabled: boolean;
	/** Plausible cost to the company, KRW; the headline is `p50`. Zero throughout when switched off. */
	cost: Stats;
	/** Value to customers at retail prices (central, KRW); null where customers got nothing priced. */
	retailValue: number | null;
	/** The data allowance's GB at retail price whether used or not; null for other components. */
	faceValue: number | null;
	/** First-year increment of a multi-year component (the security pledge); null otherwise. */
	perYear: number | null;
	/**
	 * Ids of the reconciliation rows that compare this component alone with a stated or press
	 * figure: the announced value to show beside it.
	 */
	comparedIn: string[];
}

export interface TotalResult {
	id: TotalId;
	cost: BandStats;
	/** The same in US dollars at `usd.krwPerUsd`. */
	usd: BandStats;
}

export interface ModelResult {
	incident: string;
	packageFrom: string;
	draws: number;
	seed: number;
	/** COMPONENTS order. */
	components: ComponentResult[];
	/** Subtotal per block, BLOCKS order; the sanctions block counts decided sanctions only. */
	blocks: { id: Block; cost: BandStats }[];
	/** The headline totals, TOTALS order (see totals.ts for what each adds). */
	totals: TotalResult[];
	/** Sum of enabled remedies' retail values (central, KRW). */
	retailTotal: number;
	/** Sensitivity of the total cost of the breach; widest swing first. */
	tornado: TornadoBar[];
	normalised: NormalisedRow[];
	/** Rows for this incident from data/model/reconciliation.yaml. */
	reconciliation: ReconciliationResult[];
	/** This incident's reported quarters with the modelled costs phased into them. */
	tieOut: TieOutRow[];
	usd: UsdRateInput;
}

/** The headline total `id` of a result. */
export function totalOf(result: ModelResult, id: TotalId): TotalResult {
	return result.totals.find((t) => t.id === id)!;
}

/** The subtotal of block `id` of a result. */
export function blockOf(result: ModelResult, id: Block): BandStats {
	return result.blocks.find((b) => b.id === id)!.cost;
}
