// Ships to the browser: turns a scenario into the vectors the model samples from.
import type { ModelInputs } from './modelInputs.ts';
import { PARAMETER_COUNT, parameterSourceIncident } from './parameters.ts';
import type { Scenario } from './scenario.ts';

/** Per-parameter median (the scenario's value), P5 and P95, and the range draws are clamped to. */
export interface ParameterSetup {
	central: Float64Array;
	low: Float64Array;
	high: Float64Array;
	min: Float64Array;
	max: Float64Array;
}

/**
 * The scenario's values are the medians. Each parameter's P5–P95 comes from the incident whose
 * estimate applies (the package's incident for what a package offered): a value known exactly
 * (low = high) stays a point wherever the reader sets it; an uncertain one keeps its P5 and P95,
 * stretched to include the reader's value so that value stays the median.
 */
export function parameterSetup(inputs: ModelInputs, scenario: Scenario): ParameterSetup {
	const setup: ParameterSetup = {
		central: new Float64Array(PARAMETER_COUNT),
		low: new Float64Array(PARAMETER_COUNT),
		high: new Float64Array(PARAMETER_COUNT),
		min: new Float64Array(PARAMETER_COUNT),
		max: new Float64Array(PARAMETER_COUNT),
	};
	inputs.parameters.forEach((param, i) => {
		const estimate = param.values[parameterSourceIncident(param.group, scenario)];
		const c = scenario.values[param.key];
		setup.central[i] = c;
		setup.min[i] = param.range.min;
		setup.max[i] = param.range.max;
		const fixed = !estimate || estimate.low === estimate.high;
		setup.low[i] = fixed ? c : Math.min(estimate.low, c);
		setup.high[i] = fixed ? c : Math.max(estimate.high, c);
	});
	return setup;
}
