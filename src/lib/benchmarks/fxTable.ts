// Ships to the browser: type-only schema imports, no zod at run time.
/**
 * The exchange rates a conversion may use: only the rate marked preferred for each currency in
 * data/fx.yaml, each of which cites its sources. A currency missing here has no sourced rate and
 * its amounts stay unconverted.
 */
import type { FxRate } from '../../schemas/fx.ts';

/** The base currency: every rate is KRW per one unit of the foreign currency. */
export const BASE_CURRENCY = 'KRW';

/** A rate as applied to a figure, so a page can name it and link its sources. */
export interface RateUsed {
	id: string;
	currency: string;
	krwPerUnit: number;
	/** Period the rate averages, e.g. `2025`. */
	period: string;
}

export type FxTable = ReadonlyMap<string, RateUsed>;

export function preferredRates(rates: readonly FxRate[]): FxTable {
	const table = new Map<string, RateUsed>();
	for (const r of rates) {
		if (!r.preferred) continue;
		if (table.has(r.currency)) throw new Error(`two preferred rates for ${r.currency}: ${table.get(r.currency)!.id}, ${r.id}`);
		table.set(r.currency, { id: r.id, currency: r.currency, krwPerUnit: r.krwPerUnit, period: r.period });
	}
	return table;
}
