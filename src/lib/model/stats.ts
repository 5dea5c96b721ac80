// Ships to the browser: summaries of a quantity's draws.
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
 * A quantity's central value (every parameter at its central value), its bounding low and high
 * (every parameter at the end of its range that lowers / raises the total), and its spread.
 * Most inputs are right-skewed (a long tail of higher costs) and the formulas multiply them, so
 * the median of the draws usually lies above the central value, and may even exceed it at P5.
 */
export interface Stats extends Spread {
	central: number;
	low: number;
	high: number;
}

/** Mean and P5 / P50 / P95 of `draws` (not modified). */
export function spreadOf(draws: Float64Array): Spread {
	let sum = 0;
	for (let i = 0; i < draws.length; i++) sum += draws[i]!;
	const [p5, p50, p95] = quantiles(draws, PERCENTILES) as [number, number, number];
	return { mean: sum / draws.length, p5, p50, p95 };
}

/** Every figure of `s` multiplied by `factor` (used to divide by a denominator or convert currency). */
export function scaleStats(s: Stats, factor: number): Stats {
	return {
		central: s.central * factor,
		low: s.low * factor,
		high: s.high * factor,
		mean: s.mean * factor,
		p5: s.p5 * factor,
		p50: s.p50 * factor,
		p95: s.p95 * factor,
	};
}
