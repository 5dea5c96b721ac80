// Ships to the browser: unit conversions the formulas share.

/** Percent (0–100, the unit data/ uses) to a fraction. */
export function pct(percent: number): number {
	return percent / 100;
}

/** Months in a quarter: the span of a quarter-on-quarter revenue comparison. */
export const MONTHS_PER_QUARTER = 3;
