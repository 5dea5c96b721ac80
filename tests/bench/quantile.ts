/** The q-quantile of ascending `sorted`, interpolating linearly between the two nearest values (q = 0.5: the median). */
export function quantile(sorted: readonly number[], q: number): number {
	const h = (sorted.length - 1) * q;
	const k = Math.floor(h);
	return sorted[k]! + (h - k) * ((sorted[Math.min(k + 1, sorted.length - 1)] ?? sorted[k]!) - sorted[k]!);
}
