// Ships to the browser: the named counterfactuals that answer the seed question.
import type { LocalizedText } from './localizedText.ts';
import type { ModelInputs } from './modelInputs.ts';
import { defaultScenario, type Scenario } from './scenario.ts';

export interface Counterfactual {
	id: string;
	label: LocalizedText;
	scenario: Scenario;
}

/**
 * For every ordered pair of incidents (a, b):
 * `<a>-with-<b>-remedies` — a's customers given b's customer remedies, everything else (departures,
 * sanctions, the security pledge, who was eligible) held at a's own;
 * `<a>-plus-<b>-discount` — a's own package plus b's bill discount, when b offered one and a did not
 * (KT's package plus SKT's one-month 50% discount). Eligibility always follows a's customers, so a
 * carrier that left MVNO users out keeps them out.
 */
export function counterfactuals(inputs: ModelInputs): Counterfactual[] {
	const out: Counterfactual[] = [];
	for (const a of inputs.incidents) {
		for (const b of inputs.incidents) {
			if (a.id === b.id) continue;
			out.push({
				id: `${a.id}-with-${b.id}-remedies`,
				label: {
					ko: `${a.shortName.ko} 고객에게 ${b.shortName.ko}의 고객 보상`,
					en: `${a.shortName.en}'s customers with ${b.shortName.en}'s customer remedies`,
				},
				scenario: defaultScenario(inputs, a.id, b.id),
			});
			if (b.packageComponents.includes('bill-discount') && !a.packageComponents.includes('bill-discount')) {
				const other = defaultScenario(inputs, b.id);
				const scenario = defaultScenario(inputs, a.id);
				scenario.components['bill-discount'] = true;
				scenario.values.discountRate = other.values.discountRate;
				scenario.values.discountMonths = other.values.discountMonths;
				out.push({
					id: `${a.id}-plus-${b.id}-discount`,
					label: {
						ko: `${a.shortName.ko}의 실제 보상안에 ${b.shortName.ko}의 요금 할인을 더함`,
						en: `${a.shortName.en}'s own package plus ${b.shortName.en}'s bill discount`,
					},
					scenario,
				});
			}
		}
	}
	return out;
}
