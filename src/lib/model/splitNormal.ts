// Ships to the browser: the input distribution — a split normal read through low / central / high.
/**
 * Every uncertain input is stated as low / central / high and read as its P5 / P50 / P95. A split
 * normal does exactly that: below the central value a normal half with σ = (central − low) ÷ 1.645,
 * above it one with σ = (high − central) ÷ 1.645, each holding half the probability. So the stated
 * central is the median of what is drawn, low and high are the 5th and 95th percentiles however
 * lopsided the range, and a right-skewed range stays right-skewed. Draws are clamped to the
 * parameter's allowed range (a share never exceeds 100%, a count never goes below 0); clamping is
 * monotone, so the three stated percentiles are untouched whenever they lie inside that range.
 */

/** Φ⁻¹(0.95): how many standard deviations the 95th percentile lies above the median. */
export const Z95 = 1.6448536269514722;

// Acklam's rational approximation of the normal quantile (relative error below 1.2e-9).
const A = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const C = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

/** The u-quantile of the standard normal, u in (0, 1); ±Infinity at 0 and 1. */
export function normalQuantile(u: number): number {
	if (u <= 0) return -Infinity;
	if (u >= 1) return Infinity;
	if (u < P_LOW) {
		const q = Math.sqrt(-2 * Math.log(u));
		return (((((C[0]! * q + C[1]!) * q + C[2]!) * q + C[3]!) * q + C[4]!) * q + C[5]!) / ((((D[0]! * q + D[1]!) * q + D[2]!) * q + D[3]!) * q + 1);
	}
	if (u > 1 - P_LOW) return -normalQuantile(1 - u);
	const q = u - 0.5;
	const r = q * q;
	return ((((((A[0]! * r + A[1]!) * r + A[2]!) * r + A[3]!) * r + A[4]!) * r + A[5]!) * q) / (((((B[0]! * r + B[1]!) * r + B[2]!) * r + B[3]!) * r + B[4]!) * r + 1);
}

/**
 * The value at standard-normal score `z` of the split normal through low (P5), central (P50) and
 * high (P95), clamped to [min, max]. A point estimate (low = high) returns central.
 */
export function splitNormalAt(low: number, central: number, high: number, min: number, max: number, z: number): number {
	const x = z < 0 ? central + ((central - low) / Z95) * z : central + ((high - central) / Z95) * z;
	return x < min ? min : x > max ? max : x;
}
