// Ships to the browser: one full recompute — deterministic, bounding cases, Monte Carlo, tornado.
import { CATEGORIES, COMPONENTS, COMPONENT_COUNT, isComponentId } from './components.ts';
import { dataAllowanceFaceValue } from './components/dataAllowance.ts';
import { enabledMask, evaluateInto } from './evaluate.ts';
import { incidentInput, type ModelInputs } from './modelInputs.ts';
import type { ComponentResult, ModelResult } from './modelResult.ts';
import { monteCarlo } from './monteCarlo.ts';
import { normalise } from './normalise.ts';
import { parameterSetup } from './parameterSetup.ts';
import { paramView, type ParamView } from './paramView.ts';
import { measureColumns, measureComponents, measureValue, reconciliationResult } from './reconcile.ts';
import type { Scenario } from './scenario.ts';
import { scaleStats, spreadOf, type Spread, type Stats } from './stats.ts';
import { boundingVector, tornado } from './tornado.ts';

/** Draws per run: enough for stable P5/P95 (≥ 10,000), few enough for a slider frame. */
export const DEFAULT_DRAWS = 10_000;
/** Fixed seed, so a page and its shared link show the same percentiles. */
export const DEFAULT_SEED = 20_250_419;

export interface RunOptions {
	draws?: number;
	seed?: number;
}

interface Evaluation {
	view: ParamView;
	costs: Float64Array;
}

function evaluation(vector: Float64Array, enabled: Uint8Array): Evaluation {
	const view = paramView(vector);
	const costs = new Float64Array(COMPONENT_COUNT);
	evaluateInto(view, enabled, costs);
	return { view, costs };
}

let sums = new Float64Array(0);
/** A reused buffer for per-draw sums, so a slider move allocates no large arrays. */
function sumBuffer(draws: number): Float64Array {
	if (sums.length !== draws) sums = new Float64Array(draws);
	return sums;
}

/**
 * Runs the model for a scenario. Pure apart from reusing internal buffers, so the same inputs,
 * scenario and seed always give the same result.
 */
export function runModel(inputs: ModelInputs, scenario: Scenario, options: RunOptions = {}): ModelResult {
	const draws = Math.max(1, Math.floor(options.draws ?? DEFAULT_DRAWS));
	const seed = options.seed ?? DEFAULT_SEED;
	const incident = incidentInput(inputs, scenario.incident);
	if (!incident) throw new Error(`unknown incident "${scenario.incident}"`);

	const setup = parameterSetup(inputs, scenario);
	const enabled = enabledMask(scenario.components);
	const { bars, highLowers } = tornado(setup, enabled);
	const central = evaluation(setup.central, enabled);
	const low = evaluation(boundingVector(setup, highLowers, 'low'), enabled);
	const high = evaluation(boundingVector(setup, highLowers, 'high'), enabled);
	const mc = monteCarlo(setup, enabled, draws, seed);
	const perDraw = sumBuffer(draws);

	// One column often stands for several quantities (a category or a compared figure with one
	// component), so its spread is computed once.
	const spreads = new Map<Float64Array, Spread>();
	const spreadOfColumn = (column: Float64Array): Spread => {
		let spread = spreads.get(column);
		if (!spread) spreads.set(column, (spread = spreadOf(column)));
		return spread;
	};
	/** Stats of a quantity whose per-draw values are the sum of `columns`. */
	const statsOf = (pick: (e: Evaluation) => number, columns: readonly Float64Array[]): Stats => {
		const fixed = { central: pick(central), low: pick(low), high: pick(high) };
		if (columns.length === 1) return { ...fixed, ...spreadOfColumn(columns[0]!) };
		perDraw.fill(0);
		for (const col of columns) for (let d = 0; d < draws; d++) perDraw[d]! += col[d]!;
		return { ...fixed, ...spreadOf(perDraw) };
	};

	const components: ComponentResult[] = COMPONENTS.map((spec, c) => {
		const on = enabled[c] === 1;
		return {
			id: spec.id,
			category: spec.category,
			enabled: on,
			cost: statsOf((e) => e.costs[c]!, [mc.components[c]!]),
			retailValue: spec.retailValue === null ? null : on ? spec.retailValue(central.view) : 0,
			faceValue: spec.id === 'data-allowance' ? (on ? dataAllowanceFaceValue(central.view) : 0) : null,
			perYear: 'perYear' in spec ? (on ? spec.perYear(central.view) : 0) : null,
			parts: spec.parts.map((part) => ({
				id: part.id,
				central: on ? part.value(central.view) : 0,
				spread: spreadOfColumn(part.id === 'penalties' ? mc.penalties : mc.departures),
			})),
			comparedIn: [],
		};
	});

	const categories = CATEGORIES.map((id) => {
		const members = COMPONENTS.flatMap((c, i) => (c.category === id ? [i] : []));
		return {
			id,
			cost: statsOf(
				(e) => members.reduce((s, c) => s + e.costs[c]!, 0),
				members.filter((c) => enabled[c] === 1).map((c) => mc.components[c]!),
			),
		};
	});

	const total = statsOf((e) => e.costs.reduce((s, x) => s + x, 0), [mc.total]);
	const retailTotal = components.reduce((s, c) => s + (c.retailValue ?? 0), 0);

	const reconciliation = inputs.reconciliation
		.filter((row) => row.incident === scenario.incident)
		.map((row) => {
			const measure = row.measure;
			const model = statsOf((e) => measureValue(measure, e.view, e.costs, enabled), measureColumns(measure, mc, enabled));
			const compared = measureComponents(measure);
			const comparable =
				scenario.packageFrom === scenario.incident && compared.every((id) => isComponentId(id) && scenario.components[id]);
			const modelRetail =
				measure.kind === 'components'
					? components.filter((c) => compared.includes(c.id)).reduce((s, c) => s + (c.retailValue ?? 0), 0)
					: null;
			const alone =
				measure.kind === 'components' && measure.components.length === 1
					? measure.components[0]
					: measure.kind === 'component-part'
						? measure.component
						: undefined;
			if (alone !== undefined) components.find((c) => c.id === alone)?.comparedIn.push(row.id);
			return reconciliationResult(row, model, modelRetail, comparable);
		});

	return {
		incident: scenario.incident,
		packageFrom: scenario.packageFrom,
		draws,
		seed,
		components,
		categories,
		total,
		totalUsd: scaleStats(total, 1 / inputs.usd.krwPerUsd),
		retailTotal,
		tornado: bars,
		normalised: normalise(total, incident, scenario.values, inputs),
		reconciliation,
		usd: inputs.usd,
	};
}
