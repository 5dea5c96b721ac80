// Ships to the browser: no run-time imports beyond this folder.
/**
 * Splits per-unit entries into the ones that can sit on one KRW/USD scale and the ones that cannot,
 * each excluded entry keeping its reason (no amount, not this breach, no sourced exchange rate…).
 * A chart draws `included` and lists `excluded` beside it, so nothing disappears silently.
 */
import { isExcluded, type ConvertedPerUnit, type Excluded, type PerUnitEntry } from './perUnit.ts';

export type ConvertedEntry = PerUnitEntry & { converted: ConvertedPerUnit };
export type ExcludedEntry = PerUnitEntry & { converted: Excluded };

export interface ConvertedComparison {
	included: ConvertedEntry[];
	excluded: ExcludedEntry[];
}

export function convertedComparison(entries: readonly PerUnitEntry[]): ConvertedComparison {
	const included: ConvertedEntry[] = [];
	const excluded: ExcludedEntry[] = [];
	for (const e of entries) {
		const c = e.converted;
		if (isExcluded(c)) excluded.push({ ...e, converted: c });
		else included.push({ ...e, converted: c });
	}
	return { included, excluded };
}
