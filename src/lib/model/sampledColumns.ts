// Ships to the browser: each parameter's Monte Carlo draws, kept until its distribution changes.
/**
 * A parameter's draws depend only on its low, central and high, the seed and the number of draws.
 * Keeping them means a slider move redraws one parameter instead of all of them; the numbers are
 * exactly those a cold run would produce.
 */
import { streamFor } from './random.ts';
import { triangularQuantile } from './triangular.ts';

interface Column {
	/** The parameter's uniform stream; single precision is ample for a probability. */
	uniforms: Float32Array;
	low: number;
	central: number;
	high: number;
	values: Float64Array;
}

let cache: { seed: number; draws: number; columns: (Column | undefined)[] } = { seed: Number.NaN, draws: 0, columns: [] };

function uniformsOf(seed: number, index: number, draws: number): Float32Array {
	const rand = streamFor(seed, index);
	const u = new Float32Array(draws);
	for (let d = 0; d < draws; d++) u[d] = rand();
	return u;
}

/** `draws` values of parameter `index` from triangular(low, central, high), using that parameter's stream. */
export function sampledColumn(
	index: number,
	low: number,
	central: number,
	high: number,
	seed: number,
	draws: number,
): Float64Array {
	if (cache.seed !== seed || cache.draws !== draws) cache = { seed, draws, columns: [] };
	const column = (cache.columns[index] ??= {
		uniforms: uniformsOf(seed, index, draws),
		low: Number.NaN,
		central: Number.NaN,
		high: Number.NaN,
		values: new Float64Array(draws),
	});
	if (column.low === low && column.central === central && column.high === high) return column.values;
	const { uniforms, values } = column;
	for (let d = 0; d < draws; d++) values[d] = triangularQuantile(low, central, high, uniforms[d]!);
	column.low = low;
	column.central = central;
	column.high = high;
	return values;
}
