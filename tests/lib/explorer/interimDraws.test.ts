import { describe, expect, it } from 'vitest';
import { defaultScenario, runModel } from '../../../src/lib/model/index.ts';
import { syntheticModelInputs } from '../../fixtures/modelInputs.ts';

describe('the explorer alternating short and full runs', () => {
	it('ends on exactly the figures a cold full run gives', () => {
		const inputs = syntheticModelInputs();
		const scenario = defaultScenario(inputs, 'alpha-2025');
		scenario.values.arpu += 1_000;
		const cold = runModel(inputs, scenario);

		scenario.values.arpu -= 500;
		runModel(inputs, scenario, { draws: 1_000 });
		runModel(inputs, scenario);
		scenario.values.arpu += 500;
		const short = runModel(inputs, scenario, { draws: 1_000 });
		const full = runModel(inputs, scenario);

		expect(short.draws).toBe(1_000);
		expect(full).toEqual(cold);
	});
});
