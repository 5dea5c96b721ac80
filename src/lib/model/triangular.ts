// Ships to the browser: triangular sampling over low / central / high.
/**
 * Why triangular rather than PERT: its inverse CDF is closed-form (one square root), so 10,000
 * draws of every parameter fit in a slider frame; PERT needs a Beta sampler. Both put the mode at
 * the central value; triangular gives the tails a little more weight, which errs towards showing
 * more uncertainty, not less.
 */

/**
 * The u-quantile (u in [0, 1)) of the triangular distribution with minimum `low`, mode `central`
 * and maximum `high`. A degenerate triangle (low = high) returns that value.
 */
export function triangularQuantile(low: number, central: number, high: number, u: number): number {
	const width = high - low;
	if (width <= 0) return central;
	const split = (central - low) / width;
	return u < split
		? low + Math.sqrt(u * width * (central - low))
		: high - Math.sqrt((1 - u) * width * (high - central));
}

/** Mean of the triangular distribution: (low + central + high) ÷ 3. */
export function triangularMean(low: number, central: number, high: number): number {
	return (low + central + high) / 3;
}
