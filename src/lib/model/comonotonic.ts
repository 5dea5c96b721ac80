// Ships to the browser: the band with every input perfectly correlated.
import { COMPONENT_COUNT } from './components.ts';
import { evaluateInto, type EnabledMask } from './evaluate.ts';
import { paramView } from './paramView.ts';
import type { ParameterSetup } from './parameterSetup.ts';
import { normalQuantile, splitNormalAt } from './splitNormal.ts';

/** Points on the quantile grid; the band's ends are read from these by interpolation. */
const GRID = 200;
/** The grid's standard-normal scores, the same for every run. */
const SCORES = Float64Array.from({ length: GRID }, (_, k) => normalQuantile((k + 0.5) / GRID));

export interface Band {
	p5: number;
	p95: number;
}

function quantileOfSorted(sorted: Float64Array, q: number): number {
	const h = (sorted.length - 1) * q;
	const k = Math.floor(h);
	const next = sorted[Math.min(k + 1, sorted.length - 1)]!;
	return sorted[k]! + (h - k) * (next - sorted[k]!);
}

/**
 * For each group of components (indices into COMPONENTS), the P5–P95 of its sum when every input
 * sits at the same quantile u of its own distribution, u uniform — perfect positive dependence
 * (comonotonic). The Monte Carlo treats inputs as independent; this is the other extreme, so a
 * reader sees how much the band could widen if inputs moved together. Inputs whose rise lowers a
 * cost (a higher baseline, a higher discount rate) move with the rest, as the definition demands.
 */
export function comonotonicBands(setup: ParameterSetup, enabled: EnabledMask, groups: readonly (readonly number[])[]): Band[] {
	const vector = Float64Array.from(setup.central);
	const view = paramView(vector);
	const costs = new Float64Array(COMPONENT_COUNT);
	const sums = groups.map(() => new Float64Array(GRID));
	const uncertain: number[] = [];
	for (let i = 0; i < vector.length; i++) if (setup.low[i]! < setup.high[i]!) uncertain.push(i);
	for (let k = 0; k < GRID; k++) {
		const z = SCORES[k]!;
		for (const i of uncertain) vector[i] = splitNormalAt(setup.low[i]!, setup.central[i]!, setup.high[i]!, setup.min[i]!, setup.max[i]!, z);
		evaluateInto(view, enabled, costs);
		groups.forEach((members, g) => {
			let s = 0;
			for (const c of members) s += costs[c]!;
			sums[g]![k] = s;
		});
	}
	return sums.map((values) => {
		values.sort();
		return { p5: quantileOfSorted(values, 0.05), p95: quantileOfSorted(values, 0.95) };
	});
}
