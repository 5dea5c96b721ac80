// Ships to the browser: each parameter's Monte Carlo draws, kept until its distribution changes.
/**
 * A parameter's draws depend only on its low, central, high and allowed range, the seed and the
 * number of draws. Keeping them means a slider move redraws one parameter instead of all of them;
 * the numbers are exactly those a cold run would produce. The normal scores behind a stream are
 * kept too, so redrawing is one multiply-add per draw.
 */
import { streamFor } from './random.ts';
import { normalQuantile, splitNormalAt } from './splitNormal.ts';

interface Column {
	/** Standard-normal scores of the parameter's uniform stream. */
	scores: Float64Array;
	key: string;
	values: Float64Array;
}

/**
 * One cache per seed and draw count. The explorer alternates a short run (the figures shown while a
 * key is held) with the full one, so both are kept; older ones are dropped to bound memory.
 */
const caches = new Map<string, (Column | undefined)[]>();
const MAX_CACHES = 2;

function columnsFor(seed: number, draws: number): (Column | undefined)[] {
	const key = `${seed}|${draws}`;
	let columns = caches.get(key);
	if (!columns) {
		if (caches.size >= MAX_CACHES) caches.delete(caches.keys().next().value!);
		caches.set(key, (columns = []));
	}
	return columns;
}

function scoresOf(seed: number, index: number, draws: number): Float64Array {
	const rand = streamFor(seed, index);
	const z = new Float64Array(draws);
	// A uniform of exactly 0 would map to −∞; nudging it to the smallest step keeps every draw finite.
	for (let d = 0; d < draws; d++) z[d] = normalQuantile(rand() || 2 ** -32);
	return z;
}

/**
 * `draws` values of parameter `index` from the split normal through low / central / high
 * (read as P5 / P50 / P95), clamped to [min, max], using that parameter's stream.
 */
export function sampledColumn(
	index: number,
	low: number,
	central: number,
	high: number,
	min: number,
	max: number,
	seed: number,
	draws: number,
): Float64Array {
	const column = (columnsFor(seed, draws)[index] ??= { scores: scoresOf(seed, index, draws), key: '', values: new Float64Array(draws) });
	const key = `${low}|${central}|${high}|${min}|${max}`;
	if (column.key === key) return column.values;
	const { scores, values } = column;
	for (let d = 0; d < draws; d++) values[d] = splitNormalAt(low, central, high, min, max, scores[d]!);
	column.key = key;
	return values;
}
