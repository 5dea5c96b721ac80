import { describe, expect, it } from 'vitest';
import { renderSummary } from '../../../src/lib/explorer/renderOutputs.ts';
import { defaultScenario, runModel } from '../../../src/lib/model/index.ts';
import { syntheticModelInputs } from '../../fixtures/modelInputs.ts';

const inputs = syntheticModelInputs();
const note = (incident: string, pkg: string, locale: 'ko' | 'en') => {
	const scenario = defaultScenario(inputs, incident, pkg);
	const html = renderSummary(runModel(inputs, scenario, { draws: 1_000 }), scenario, { inputs, sources: {}, locale });
	return html.match(/<p [^>]*data-out="scale-note">([^<]*)<\/p>/)?.[1];
};

describe('the counterfactual scale note', () => {
	it('says a per-victim remedy is given to every person the other breach affected, and how many times as many', () => {
		// Beta's credit for its 20,000 affected people, given to Alpha's 5,000,000.
		expect(note('alpha-2025', 'beta-2025', 'en')).toMatch(/What Beta gave only to the people its breach affected \(Synthetic|\(.*\) goes here to all 5,000,000 people affected by Alpha’s breach: a median of ₩/);
		expect(note('alpha-2025', 'beta-2025', 'en')).toContain('250 times as many people were affected as in Beta’s breach');
		expect(note('alpha-2025', 'beta-2025', 'ko')).toContain('알파 사고 피해자 5,000,000명 모두에게');
		expect(note('alpha-2025', 'beta-2025', 'ko')).toContain('베타의 250배');
	});

	it('is absent from a carrier’s own scenario', () => {
		expect(note('alpha-2025', 'alpha-2025', 'en')).toBeUndefined();
		expect(note('beta-2025', 'beta-2025', 'ko')).toBeUndefined();
	});

	it('does not blame the scale when the other breach affected fewer people', () => {
		expect(note('beta-2025', 'alpha-2025', 'en')).toContain('all 20,000 people affected by Beta’s breach');
		expect(note('beta-2025', 'alpha-2025', 'en')).not.toContain('times as many');
	});
});
