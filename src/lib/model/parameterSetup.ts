// Ships to the browser: turns a scenario into the vectors the model samples from.
import type { ModelInputs } from './modelInputs.ts';
import { PARAMETER_COUNT, PARAMETER_SPECS } from './parameters.ts';
import type { Scenario } from './scenario.ts';

/** Per-parameter central value and the low–high interval it is drawn from. */
export interface ParameterSetup {
	central: Float64Array;
	low: Float64Array;
	high: Float64Array;
}

/**
 * The scenario's values are the modes. Each parameter's interval comes from the incident whose
 * estimate applies (the package's incident for package parameters): a value known exactly
 * (low = high) stays a point wherever the reader sets it; an uncertain one keeps its interval,
 * stretched to include the reader's value.
 */
export function parameterSetup(inputs: ModelInputs, scenario: Scenario): ParameterSetup {
	const central = new Float64Array(PARAMETER_COUNT);
	const low = new Float64Array(PARAMETER_COUNT);
	const high = new Float64Array(PARAMETER_COUNT);
	inputs.parameters.forEach((param, i) => {
		const from = PARAMETER_SPECS[i]!.group === 'package' ? scenario.packageFrom : scenario.incident;
		const estimate = param.values[from];
		const c = scenario.values[param.key];
		central[i] = c;
		if (!estimate || estimate.low === estimate.high) {
			low[i] = c;
			high[i] = c;
		} else {
			low[i] = Math.min(estimate.low, c);
			high[i] = Math.max(estimate.high, c);
		}
	});
	return { central, low, high };
}
