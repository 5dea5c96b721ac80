// Ships to the browser: summaries of a quantity's draws.
import type { Band } from './comonotonic.ts';
import { quantiles } from './quantiles.ts';

/** Percentiles reported for every quantity. */
export const PERCENTILES = [0.05, 0.5, 0.95] as const;

/** What the Monte Carlo draws say about a quantity. */
export interface Spread {
	mean: number;
	p5: number;
	p50: number;
	p95: number;
}

/**
 * A quantity's simulated spread plus `central`, its value with every input at its central value.
 * The headline is always `p50`; every input's central is its own median, so `central` normally
 * lies inside P5–P95 (tests/model/headline.test.ts checks every quantity and names any exception).
 */
export interface Stats extends Spread {
	central: number;
}

/** Stats of a block or a headline total, with the band under perfectly correlated inputs. */
export interface BandStats extends Stats {
	comonotonic: Band;
}

/** Mean and P5 / P50 / P95 of `draws` (not modified). */
export function spreadOf(draws: Float64Array): Spread {
	let sum = 0;
	for (let i = 0; i < draws.length; i++) sum += draws[i]!;
	const [p5, p50, p95] = quantiles(draws, PERCENTILES) as [number, number, number];
	return { mean: sum / draws.length, p5, p50, p95 };
}

/** Every figure of `s` multiplied by `factor` (used to divide by a denominator or convert currency). */
export function scaleStats<S extends Stats>(s: S, factor: number): S {
	const scaled = { ...s, central: s.central * factor, mean: s.mean * factor, p5: s.p5 * factor, p50: s.p50 * factor, p95: s.p95 * factor };
	if ('comonotonic' in s) {
		const band = (s as unknown as BandStats).comonotonic;
		(scaled as unknown as BandStats).comonotonic = { p5: band.p5 * factor, p95: band.p95 * factor };
	}
	return scaled;
}
