// Ships to the browser: the Monte Carlo loop.
import { COMPONENTS, COMPONENT_COUNT } from './components.ts';
import type { EnabledMask } from './evaluate.ts';
import { paramView, type ParamView } from './paramView.ts';
import { PARAMETER_COUNT, PARAMETER_INDEX } from './parameters.ts';
import type { ParameterSetup } from './parameterSetup.ts';
import { sampledColumn } from './sampledColumns.ts';

/** A quantity other than a component cost, computed per draw (a quarter's phased cost, say). */
export type Extra = (p: ParamView) => number;

/** Per-draw results. The arrays are reused by the next run: summarise them before calling again. */
export interface MonteCarloDraws {
	draws: number;
	/** One array per component, COMPONENTS order; zeros for a component switched off. */
	components: Float64Array[];
	/** One array per extra, in the order they were passed. */
	extras: Float64Array[];
	/** 1 for a component whose draws are all the same value (off, or no uncertain input). */
	fixed: Uint8Array;
}

/** One workspace per draw count, so alternating a short and a full run allocates nothing. */
const workspaces = new Map<number, MonteCarloDraws>();
const MAX_WORKSPACES = 2;

function workspaceFor(draws: number, extras: number): MonteCarloDraws {
	let workspace = workspaces.get(draws);
	if (!workspace) {
		if (workspaces.size >= MAX_WORKSPACES) workspaces.delete(workspaces.keys().next().value!);
		workspace = { draws, components: Array.from({ length: COMPONENT_COUNT }, () => new Float64Array(draws)), extras: [], fixed: new Uint8Array(COMPONENT_COUNT) };
		workspaces.set(draws, workspace);
	}
	while (workspace.extras.length < extras) workspace.extras.push(new Float64Array(draws));
	return workspace;
}

/**
 * `draws` joint draws: each uncertain parameter independently from its split normal through its
 * own seeded stream, so the same seed and scenario give the same numbers. Independence is a choice
 * the results state; the comonotonic band (comonotonic.ts) shows the opposite extreme. Components
 * that are off are zero; a component whose parameters are all fixed is evaluated once.
 */
export function monteCarlo(setup: ParameterSetup, enabled: EnabledMask, draws: number, seed: number, extras: readonly Extra[] = []): MonteCarloDraws {
	const out = workspaceFor(draws, extras.length);
	const vector = Float64Array.from(setup.central);
	const view = paramView(vector);

	const idx: number[] = [];
	for (let i = 0; i < PARAMETER_COUNT; i++) if (setup.low[i]! < setup.high[i]!) idx.push(i);
	const varying = new Uint8Array(PARAMETER_COUNT);
	for (const i of idx) varying[i] = 1;
	const columns = idx.map((i) => sampledColumn(i, setup.low[i]!, setup.central[i]!, setup.high[i]!, setup.min[i]!, setup.max[i]!, seed, draws));
	const vi = Int32Array.from(idx);

	const perDraw: number[] = [];
	for (let c = 0; c < COMPONENT_COUNT; c++) {
		const spec = COMPONENTS[c]!;
		const varies = spec.params.some((k) => varying[PARAMETER_INDEX[k]] === 1);
		out.fixed[c] = enabled[c] === 1 && varies ? 0 : 1;
		if (out.fixed[c] === 0) perDraw.push(c);
		else out.components[c]!.fill(enabled[c] === 1 ? spec.cost(view) : 0);
	}
	const active = Int32Array.from(perDraw);
	const fns = perDraw.map((c) => COMPONENTS[c]!.cost);

	for (let d = 0; d < draws; d++) {
		for (let j = 0; j < vi.length; j++) vector[vi[j]!] = columns[j]![d]!;
		for (let k = 0; k < active.length; k++) out.components[active[k]!]![d] = fns[k]!(view);
		for (let e = 0; e < extras.length; e++) out.extras[e]![d] = extras[e]!(view);
	}
	return out;
}
