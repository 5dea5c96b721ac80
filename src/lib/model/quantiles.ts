// Ships to the browser: exact percentiles without sorting the draws.
/**
 * Sorting 10,000 draws for each of ~25 quantities would take most of a frame. Instead the values
 * are counted into equal-width buckets between their min and max; bucketing is monotone, so the
 * k-th smallest value lies in the bucket where the running count passes k, and only the few
 * buckets holding a wanted rank are gathered and sorted. Three linear passes, exact results.
 * Kept over d3: for 25 columns of 10,000 draws and three percentiles it took 3 ms where sorting
 * plus d3.quantileSorted took 33 ms and d3.quantile (a copy and quickselect per call) 106 ms.
 */

const BUCKETS = 2048;
// Reused between calls (the model is single-threaded and this is not re-entered).
const starts = new Int32Array(BUCKETS + 1);
const slotOf = new Int16Array(BUCKETS).fill(-1);
let gathered = new Float64Array(256);
let bucketIndex = new Uint16Array(0);

function bucketOf(x: number, min: number, scale: number): number {
	const b = ((x - min) * scale) | 0;
	return b < BUCKETS ? b : BUCKETS - 1;
}

/** Index of the bucket holding rank r, given exclusive prefix counts in `starts`. */
function bucketOfRank(r: number): number {
	let lo = 0;
	let hi = BUCKETS - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (starts[mid]! <= r) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/**
 * Quantiles of `values` by linear interpolation between order statistics (numpy's default, R's
 * type 7). `qs` in [0, 1]. `values` is not modified. NaN for an empty array.
 */
export function quantiles(values: Float64Array, qs: readonly number[]): number[] {
	const n = values.length;
	if (n === 0) return qs.map(() => Number.NaN);
	let min = Number.POSITIVE_INFINITY;
	let max = Number.NEGATIVE_INFINITY;
	for (let i = 0; i < n; i++) {
		const x = values[i]!;
		if (x < min) min = x;
		if (x > max) max = x;
	}
	if (!(max > min)) return qs.map(() => min);
	const scale = BUCKETS / (max - min);

	if (bucketIndex.length < n) bucketIndex = new Uint16Array(n);
	starts.fill(0);
	for (let i = 0; i < n; i++) {
		const b = bucketOf(values[i]!, min, scale);
		bucketIndex[i] = b;
		starts[b + 1]!++;
	}
	for (let b = 1; b <= BUCKETS; b++) starts[b]! += starts[b - 1]!;

	// The ranks each quantile needs: floor(h) and, when h is fractional, the next one.
	const ranks: number[] = [];
	for (const q of qs) {
		const h = (n - 1) * q;
		const k = Math.floor(h);
		ranks.push(k, Math.min(k + 1, n - 1));
	}
	const wanted: number[] = [];
	for (const r of ranks) {
		const b = bucketOfRank(r);
		if (slotOf[b] === -1) {
			slotOf[b] = wanted.length;
			wanted.push(b);
		}
	}
	const offsets = [0];
	for (const b of wanted) offsets.push(offsets[offsets.length - 1]! + starts[b + 1]! - starts[b]!);
	const size = offsets[offsets.length - 1]!;
	if (gathered.length < size) gathered = new Float64Array(size * 2);
	const fill = offsets.slice(0, -1);
	for (let i = 0; i < n; i++) {
		const slot = slotOf[bucketIndex[i]!]!;
		if (slot >= 0) gathered[fill[slot]!++] = values[i]!;
	}
	wanted.forEach((_, s) => gathered.subarray(offsets[s]!, offsets[s + 1]!).sort());
	const valueAtRank = (r: number): number => {
		const b = bucketOfRank(r);
		return gathered[offsets[slotOf[b]!]! + r - starts[b]!]!;
	};
	const out = qs.map((q, i) => {
		const h = (n - 1) * q;
		const lower = valueAtRank(ranks[2 * i]!);
		const upper = valueAtRank(ranks[2 * i + 1]!);
		return lower + (h - Math.floor(h)) * (upper - lower);
	});
	for (const b of wanted) slotOf[b] = -1;
	return out;
}
