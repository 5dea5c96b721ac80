// Ships to the browser: the Monte Carlo loop.
import { COMPONENTS, COMPONENT_COUNT, COMPONENT_IDS } from './components.ts';
import { departureValue, waivedPenalties } from './components/feeWaiver.ts';
import type { EnabledMask } from './evaluate.ts';
import { paramView } from './paramView.ts';
import { PARAMETER_COUNT, PARAMETER_INDEX, type ParamKey } from './parameters.ts';
import type { ParameterSetup } from './parameterSetup.ts';
import { quarterRevenueLoss } from './quarterRevenueLoss.ts';
import { sampledColumn } from './sampledColumns.ts';

/** Per-draw results. The arrays are reused by the next run: summarise them before calling again. */
export interface MonteCarloDraws {
	draws: number;
	/** One array per component, COMPONENTS order; zeros for a component switched off. */
	components: Float64Array[];
	total: Float64Array;
	/** The fee waiver's two parts (zeros when the waiver is off). */
	penalties: Float64Array;
	departures: Float64Array;
	/** One quarter's service revenue from customers who left (for the revenue-fall comparison). */
	quarterRevenueLoss: Float64Array;
}

const WAIVER = COMPONENT_IDS.indexOf('fee-waiver');
const indicesOf = (keys: readonly ParamKey[]): Int32Array => Int32Array.from(keys, (k) => PARAMETER_INDEX[k]);
const COMPONENT_PARAMS = COMPONENTS.map((c) => indicesOf(c.params));
const QUARTER_PARAMS = indicesOf(['excessLeavers', 'arpu']);

let workspace: MonteCarloDraws | undefined;

function workspaceFor(draws: number): MonteCarloDraws {
	if (workspace?.draws === draws) return workspace;
	workspace = {
		draws,
		components: Array.from({ length: COMPONENT_COUNT }, () => new Float64Array(draws)),
		total: new Float64Array(draws),
		penalties: new Float64Array(draws),
		departures: new Float64Array(draws),
		quarterRevenueLoss: new Float64Array(draws),
	};
	return workspace;
}

function readsVarying(params: Int32Array, varying: Uint8Array): boolean {
	for (let j = 0; j < params.length; j++) if (varying[params[j]!] === 1) return true;
	return false;
}

/**
 * `draws` joint draws: each uncertain parameter independently from triangular(low, central, high)
 * through its own seeded stream, so the same seed and scenario give the same numbers.
 * Parameters are drawn independently; correlated inputs (say, customers and leavers) would widen
 * the spread, which the bounding low/high cases show. Components that are off, or whose
 * parameters are all fixed, are evaluated once instead of per draw.
 */
export function monteCarlo(setup: ParameterSetup, enabled: EnabledMask, draws: number, seed: number): MonteCarloDraws {
	const out = workspaceFor(draws);
	const vector = Float64Array.from(setup.central);
	const view = paramView(vector);

	const varying = new Uint8Array(PARAMETER_COUNT);
	for (let i = 0; i < PARAMETER_COUNT; i++) varying[i] = setup.low[i]! < setup.high[i]! ? 1 : 0;

	// Components that are off or fixed get one value for every draw.
	let fixedTotal = 0;
	const perDraw: number[] = [];
	const used = new Uint8Array(PARAMETER_COUNT);
	const markUsed = (params: Int32Array): void => params.forEach((i) => (used[i] = 1));
	for (let c = 0; c < COMPONENT_COUNT; c++) {
		if (enabled[c] === 1 && readsVarying(COMPONENT_PARAMS[c]!, varying)) {
			perDraw.push(c);
			markUsed(COMPONENT_PARAMS[c]!);
			continue;
		}
		const value = enabled[c] === 1 ? COMPONENTS[c]!.cost(view) : 0;
		out.components[c]!.fill(value);
		fixedTotal += value;
	}
	markUsed(QUARTER_PARAMS);

	// Draw only the uncertain parameters something reads.
	const idx: number[] = [];
	for (let i = 0; i < PARAMETER_COUNT; i++) if (varying[i] === 1 && used[i] === 1) idx.push(i);
	const vi = Int32Array.from(idx);
	const columns = idx.map((i) => sampledColumn(i, setup.low[i]!, setup.central[i]!, setup.high[i]!, seed, draws));

	const active = Int32Array.from(perDraw);
	const fns = perDraw.map((c) => COMPONENTS[c]!.cost);
	const waiverOn = enabled[WAIVER] === 1;
	const waiverVaries = waiverOn && readsVarying(COMPONENT_PARAMS[WAIVER]!, varying);
	const quarterVaries = readsVarying(QUARTER_PARAMS, varying);
	out.penalties.fill(waiverOn ? waivedPenalties(view) : 0);
	out.departures.fill(waiverOn ? departureValue(view) : 0);
	out.quarterRevenueLoss.fill(quarterRevenueLoss(view));

	for (let d = 0; d < draws; d++) {
		for (let j = 0; j < vi.length; j++) vector[vi[j]!] = columns[j]![d]!;
		let total = fixedTotal;
		for (let k = 0; k < active.length; k++) {
			const cost = fns[k]!(view);
			out.components[active[k]!]![d] = cost;
			total += cost;
		}
		out.total[d] = total;
		if (waiverVaries) {
			out.penalties[d] = waivedPenalties(view);
			out.departures[d] = departureValue(view);
		}
		if (quarterVaries) out.quarterRevenueLoss[d] = quarterRevenueLoss(view);
	}
	return out;
}
