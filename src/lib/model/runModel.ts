// Ships to the browser: one full recompute — deterministic, Monte Carlo, comonotonic band, tornado.
import { BLOCKS } from './blocks.ts';
import { comonotonicBands } from './comonotonic.ts';
import { COMPONENTS, COMPONENT_COUNT, isComponentId } from './components.ts';
import { dataAllowanceFaceValue } from './components/dataAllowance.ts';
import { enabledMask, evaluateInto } from './evaluate.ts';
import { incidentInput, type ModelInputs } from './modelInputs.ts';
import type { ComponentResult, ModelResult, TotalResult } from './modelResult.ts';
import { monteCarlo, type Extra } from './monteCarlo.ts';
import { normalise, type Numerator } from './normalise.ts';
import { parameterSetup } from './parameterSetup.ts';
import { paramView } from './paramView.ts';
import { quarterRevenueLoss } from './quarterRevenueLoss.ts';
import { measureColumns, measureComponents, measureValue, reconciliationResult } from './reconcile.ts';
import type { Scenario } from './scenario.ts';
import { scaleStats, spreadOf, type BandStats, type Spread, type Stats } from './stats.ts';
import { phasedCost, phasedValue, tieOutRow } from './tieOut.ts';
import { tornado } from './tornado.ts';
import { BLOCK_MEMBERS, TOTALS, TOTAL_MEMBERS } from './totals.ts';

/** Draws per run: enough for stable P5/P95 (≥ 10,000), few enough for a slider frame. */
export const DEFAULT_DRAWS = 10_000;
/** Fixed seed, so a page and its shared link show the same percentiles. */
export const DEFAULT_SEED = 20_250_419;

export interface RunOptions {
	draws?: number;
	seed?: number;
}

const sums = new Map<number, Float64Array>();
/**
 * A reused buffer for per-draw sums, so a slider move allocates no large arrays; one per draw count
 * (the explorer alternates a short run with the full one), at most two kept.
 */
function sumBuffer(draws: number): Float64Array {
	let buffer = sums.get(draws);
	if (!buffer) {
		if (sums.size >= 2) sums.delete(sums.keys().next().value!);
		sums.set(draws, (buffer = new Float64Array(draws)));
	}
	return buffer;
}

const AUDIENCE_MEMBERS = (audience: string, block = 'remedies'): number[] =>
	COMPONENTS.flatMap((c, i) => (c.audience === audience && c.block === block ? [i] : []));
const NUMERATOR_MEMBERS: Record<Numerator, readonly number[]> = {
	'all-customer-remedies': AUDIENCE_MEMBERS('all-customers'),
	'affected-remedies': AUDIENCE_MEMBERS('affected'),
	'waived-penalties': AUDIENCE_MEMBERS('leavers'),
	remedy: TOTAL_MEMBERS.remedy,
	breach: TOTAL_MEMBERS.breach,
};
const FINES = COMPONENTS.flatMap((c, i) => (c.id === 'fine' ? [i] : []));

/**
 * Runs the model for a scenario. Pure apart from reusing internal buffers, so the same inputs,
 * scenario and seed always give the same result.
 */
export function runModel(inputs: ModelInputs, scenario: Scenario, options: RunOptions = {}): ModelResult {
	const draws = Math.max(1, Math.floor(options.draws ?? DEFAULT_DRAWS));
	const seed = options.seed ?? DEFAULT_SEED;
	const incident = incidentInput(inputs, scenario.incident);
	if (!incident) throw new Error(`unknown incident "${scenario.incident}"`);
	const real = scenario.packageFrom === scenario.incident;

	const setup = parameterSetup(inputs, scenario);
	const enabled = enabledMask(scenario.components);
	const breachMask = new Uint8Array(COMPONENT_COUNT);
	for (const c of TOTAL_MEMBERS.breach) breachMask[c] = enabled[c]!;
	const bars = tornado(setup, breachMask);
	const centralView = paramView(setup.central);
	const centralCosts = new Float64Array(COMPONENT_COUNT);
	evaluateInto(centralView, enabled, centralCosts);

	const reported = inputs.tieOut.reported.filter((r) => r.incident === scenario.incident);
	const phased = reported.map((r) => phasedCost(inputs.tieOut, r.incident, r.quarter, enabled));
	// One per-draw column of monthly margin per departure component any reported quarter phases by months.
	const monthlyOf = [...new Set(phased.flatMap((ph) => ph.months.map((m) => m.component)))];
	const extras: Extra[] = [quarterRevenueLoss, ...monthlyOf.map((c) => phased.flatMap((ph) => ph.months).find((m) => m.component === c)!.perMonth)];
	const mc = monteCarlo(setup, enabled, draws, seed, extras);
	const perDraw = sumBuffer(draws);

	// One column often stands for several quantities (a block with one component), so its spread is computed once.
	const spreads = new Map<Float64Array, Spread>();
	const fixedColumns = new Set(mc.components.filter((_, c) => mc.fixed[c] === 1));
	const spreadOfColumn = (column: Float64Array): Spread => {
		if (fixedColumns.has(column)) {
			const v = column[0]!;
			return { mean: v, p5: v, p50: v, p95: v };
		}
		let spread = spreads.get(column);
		if (!spread) spreads.set(column, (spread = spreadOf(column)));
		return spread;
	};
	/**
	 * Stats of a quantity whose central value is `central` and whose per-draw values are the sum of
	 * `columns`, each times its weight (1 unless given).
	 */
	const statsOf = (central: number, columns: readonly Float64Array[], weights?: readonly number[]): Stats => {
		if (columns.length === 0) return { central, mean: 0, p5: 0, p50: 0, p95: 0 };
		if (columns.length === 1 && !weights) return { central, ...spreadOfColumn(columns[0]!) };
		// A fixed component is the same in every draw: its spread needs no pass over the draws.
		if (columns.length === 1 && fixedColumns.has(columns[0]!)) {
			const v = columns[0]![0]! * (weights?.[0] ?? 1);
			return { central, mean: v, p5: v, p50: v, p95: v };
		}
		perDraw.fill(0);
		columns.forEach((col, k) => {
			const w = weights?.[k] ?? 1;
			for (let d = 0; d < draws; d++) perDraw[d]! += w * col[d]!;
		});
		return { central, ...spreadOf(perDraw) };
	};
	// Several quantities add the same components (a total equal to a block), so each sum is computed once.
	const sumCache = new Map<string, Stats>();
	const sumStats = (members: readonly number[]): Stats => {
		const on = members.filter((c) => enabled[c] === 1);
		const key = on.join(',');
		let stats = sumCache.get(key);
		if (!stats) sumCache.set(key, (stats = statsOf(on.reduce((s, c) => s + centralCosts[c]!, 0), on.map((c) => mc.components[c]!))));
		return { ...stats };
	};

	const components: ComponentResult[] = COMPONENTS.map((spec, c) => {
		const on = enabled[c] === 1;
		return {
			id: spec.id,
			block: spec.block,
			enabled: on,
			cost: sumStats([c]),
			retailValue: spec.retailValue === null ? null : on ? spec.retailValue(centralView) : 0,
			faceValue: spec.id === 'data-allowance' ? (on ? dataAllowanceFaceValue(centralView) : 0) : null,
			perYear: 'perYear' in spec ? (on ? spec.perYear(centralView) : 0) : null,
			comparedIn: [],
		};
	});

	const groups = [...BLOCKS.map((b) => BLOCK_MEMBERS[b]), ...TOTALS.map((t) => TOTAL_MEMBERS[t])];
	const bands = comonotonicBands(setup, enabled, groups);
	const banded = (members: readonly number[], g: number): BandStats => ({ ...sumStats(members), comonotonic: bands[g]! });
	const blocks = BLOCKS.map((id, g) => ({ id, cost: banded(BLOCK_MEMBERS[id], g) }));
	const totals = TOTALS.map((id, t): TotalResult => {
		const cost = banded(TOTAL_MEMBERS[id], BLOCKS.length + t);
		return { id, cost, usd: scaleStats(cost, 1 / inputs.usd.krwPerUsd) };
	});
	const numerators = Object.fromEntries(
		Object.entries(NUMERATOR_MEMBERS).map(([k, members]) => [k, sumStats(members)]),
	) as Record<Numerator, Stats>;

	const reconciliation = inputs.reconciliation
		.filter((row) => row.incident === scenario.incident)
		.map((row) => {
			const measure = row.measure;
			const model = statsOf(measureValue(measure, centralView, centralCosts), measureColumns(measure, mc, enabled, mc.extras[0]!));
			const compared = measureComponents(measure);
			const comparable = real && compared.every((id) => isComponentId(id) && scenario.components[id]);
			const modelRetail =
				measure.kind === 'components'
					? components.filter((c) => compared.includes(c.id)).reduce((s, c) => s + (c.retailValue ?? 0), 0)
					: null;
			if (measure.kind === 'components' && measure.components.length === 1) {
				components.find((c) => c.id === measure.components[0])?.comparedIn.push(row.id);
			}
			return reconciliationResult(row, model, modelRetail, comparable);
		});

	const tieOut = reported.map((r, k) => {
		const ph = phased[k]!;
		const modelled = statsOf(
			phasedValue(ph, centralView, centralCosts),
			[...ph.shares.map((x) => mc.components[x.component]!), ...ph.months.map((m) => mc.extras[1 + monthlyOf.indexOf(m.component)]!)],
			[...ph.shares.map((x) => x.fraction), ...ph.months.map((m) => m.months)],
		);
		const fines = phasedCost(inputs.tieOut, r.incident, r.quarter, enabled, (id) => FINES.some((c) => COMPONENTS[c]!.id === id));
		return tieOutRow(r, modelled, phasedValue(fines, centralView, centralCosts), real);
	});

	return {
		incident: scenario.incident,
		packageFrom: scenario.packageFrom,
		draws,
		seed,
		components,
		blocks,
		totals,
		retailTotal: components.reduce((s, c) => s + (c.block === 'remedies' ? (c.retailValue ?? 0) : 0), 0),
		tornado: bars,
		normalised: normalise(numerators, incident, scenario.values, inputs),
		reconciliation,
		tieOut,
		usd: inputs.usd,
	};
}
