/** The validated contents of data/model/ plus the exchange rate the model converts with. */
import type { Assumption } from './assumption.ts';
import type { FxRate } from './fx.ts';
import type { ModelIncident } from './modelIncident.ts';
import type { ReconciliationRow } from './modelReconciliation.ts';
import type { TieOutData } from './modelTieOut.ts';

export interface ModelData {
	/** Sorted by `order`. */
	incidents: ModelIncident[];
	/** In the order the model lists its parameters. */
	assumptions: Assumption[];
	reconciliation: ReconciliationRow[];
	/** Reported quarters and the phasing of modelled costs into them. */
	tieOut: TieOutData;
	/** The preferred KRW-per-USD rate from data/fx.yaml. */
	usdRate: FxRate;
}
