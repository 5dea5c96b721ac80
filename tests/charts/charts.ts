/** Every chart module under test, by id, so the snapshot and data-change tests cover all of them. */
import type { Incident } from '../../src/schemas/incident.ts';
import type { ChartContext, ChartSpec } from '../../src/charts/shared/types.ts';
import { scaleChart } from '../../src/charts/scale/index.ts';
import { remedyMatrixChart } from '../../src/charts/remedy-matrix/index.ts';
import { securityInvestmentChart } from '../../src/charts/security-investment/index.ts';
import { timelineChart } from '../../src/charts/timeline/index.ts';
import { departuresChart } from '../../src/charts/departures/index.ts';
import { financialsChart } from '../../src/charts/financials/index.ts';

export type ChartFn = (incidents: readonly Incident[], ctx: ChartContext) => ChartSpec<any>;

export const CHART_FNS: readonly [string, ChartFn][] = [
	['scale', scaleChart],
	['remedy-matrix', remedyMatrixChart],
	['security-investment', securityInvestmentChart],
	['timeline', timelineChart],
	['departures', departuresChart],
	['financials', financialsChart],
];

export const WIDTH = 720;

/** The entries of a chart's key that stand for incidents (series colours), leaving out symbols and ranges. */
export function incidentKey<T extends { color: string }>(legend: readonly T[] | undefined): T[] {
	return (legend ?? []).filter((l) => /^var\(--series-\d\)$/.test(l.color));
}

// Model charts draw cost-model results rather than incidents: (results, inputs, ctx). Their fixture is
// the synthetic Alpha and Beta inputs (tests/fixtures/modelInputs.ts) run at 2,000 seeded draws, so
// tests stay quick and no correction in data/model changes them.
import type { ModelInputs, ModelResult } from '../../src/lib/model/index.ts';
import { costVsAnnouncedChart } from '../../src/charts/cost-vs-announced/index.ts';
import { costPerPersonChart } from '../../src/charts/cost-per-person/index.ts';
import { modelUncertaintyChart } from '../../src/charts/model-uncertainty/index.ts';
import { defaultResults } from '../../src/charts/shared/modelRuns.ts';
import { syntheticModelInputs } from '../fixtures/modelInputs.ts';

export type ModelChartFn = (results: readonly ModelResult[], inputs: ModelInputs, ctx: ChartContext) => ChartSpec<any>;

export const MODEL_CHART_FNS: readonly [string, ModelChartFn][] = [
	['cost-vs-announced', costVsAnnouncedChart],
	['cost-per-person', costPerPersonChart],
	['model-uncertainty', modelUncertaintyChart],
];

/** Draws per run in chart tests: enough for stable percentiles, fast enough to rerun per case. */
export const MODEL_DRAWS = { draws: 2_000 } as const;

let modelCache: { inputs: ModelInputs; results: ModelResult[] } | undefined;

/** The synthetic model inputs and every incident's default run (cached; treat as read-only). */
export function modelFixture(): { inputs: ModelInputs; results: ModelResult[] } {
	if (modelCache) return modelCache;
	const inputs = syntheticModelInputs();
	modelCache = { inputs, results: defaultResults(inputs, MODEL_DRAWS) };
	return modelCache;
}

/** A deep copy of the inputs, to change without touching the shared fixture. */
export function copyInputs(inputs: ModelInputs): ModelInputs {
	return structuredClone(inputs);
}

/** The inputs plus a made-up third incident, Gamma, with the last incident's package, estimates and figures. */
export function withGamma(inputs: ModelInputs): ModelInputs {
	const next = copyInputs(inputs);
	const from = next.incidents.at(-1)!;
	next.incidents.push({ ...structuredClone(from), id: 'gamma-2026', name: { ko: '감마 사고', en: 'Gamma breach' }, shortName: { ko: '감마', en: 'Gamma' } });
	for (const p of next.parameters) p.values['gamma-2026'] = structuredClone(p.values[from.id]!);
	next.reconciliation.push(...next.reconciliation.filter((r) => r.incident === from.id).map((r) => ({ ...structuredClone(r), id: `gamma-${r.id}`, incident: 'gamma-2026' })));
	return next;
}
