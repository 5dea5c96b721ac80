// Ships to the browser: the cost model's public surface, for pages (build time) and islands.
/**
 * Typical use:
 *   const { scenario, notices } = decodeScenario(location.search, inputs);
 *   const result = runModel(inputs, scenario);
 *   history.replaceState(null, '', `?${encodeScenario(scenario, inputs)}`);
 */
import { runModel, type RunOptions } from './runModel.ts';
import type { ModelInputs } from './modelInputs.ts';
import type { ReconciliationResult } from './reconcile.ts';
import { defaultScenario } from './scenario.ts';

export type { ModelInputs, IncidentInput, ParameterInput, EstimateInput, DenominatorInput, UsdRateInput, TieOutInput } from './modelInputs.ts';
export { toModelInputs, MODEL_INPUTS_VERSION } from './modelInputs.ts';
export type { Scenario } from './scenario.ts';
export { defaultScenario } from './scenario.ts';
export { totalOf, blockOf, type ModelResult, type ComponentResult, type TotalResult } from './modelResult.ts';
export { runModel, DEFAULT_DRAWS, DEFAULT_SEED, type RunOptions } from './runModel.ts';
export { decodeScenario, encodeScenario, SCENARIO_VERSION, type ScenarioNotice, type ScenarioNoticeCode } from './scenarioCodec.ts';
export type { ReconciliationResult } from './reconcile.ts';
export { NUMERATORS, type NormalisedRow, type Numerator, type ScenarioDenominatorKind } from './normalise.ts';
export type { Stats, Spread, BandStats } from './stats.ts';
export type { Band } from './comonotonic.ts';
export type { TieOutRow } from './tieOut.ts';
export { TOTALS, TOTAL_LABELS, type TotalId } from './totals.ts';
export { counterfactuals, type Counterfactual } from './counterfactuals.ts';
export { Z95 } from './splitNormal.ts';
export type { TornadoBar } from './tornado.ts';
export type { LocalizedText } from './localizedText.ts';
export {
	COMPONENTS,
	COMPONENT_IDS,
	BLOCKS,
	BLOCK_LABELS,
	AUDIENCES,
	componentSpec,
	type ComponentId,
	type ComponentSpec,
	type Block,
	type Audience,
} from './components.ts';
export { PARAMETER_SPECS, PARAMETER_KEYS, PARAMETER_GROUPS, parameterSourceIncident, type ParamKey, type ParamValues, type ParameterGroup } from './parameters.ts';
export { renderFormula, formulaParams } from './formula.ts';

/**
 * The reconciliation rows for an incident's real package at default settings: model P50 and
 * P5–P95 beside what the company said and what the press estimated, with the reason for each gap.
 */
export function reconciliation(inputs: ModelInputs, incidentId: string, options?: RunOptions): ReconciliationResult[] {
	return runModel(inputs, defaultScenario(inputs, incidentId), options).reconciliation;
}
