// Ships to the browser: the slice of the model API the explorer uses, and scenario wording.
import type { Locale } from '../format/locale.ts';
import type { ModelInputs, Scenario } from '../model/index.ts';

export {
	BLOCK_LABELS,
	COMPONENTS,
	TOTAL_LABELS,
	totalOf,
	PARAMETER_GROUPS,
	parameterSourceIncident,
	defaultScenario,
	renderFormula,
	runModel,
	decodeScenario,
	encodeScenario,
	type ModelInputs,
	type ModelResult,
	type Scenario,
	type ScenarioNotice,
	type Stats,
	type BandStats,
	type TieOutRow,
} from '../model/index.ts';

/** "SKT customers, SKT's package" or, for a counterfactual, "KT customers with SKT's package". */
export function incidentLabel(inputs: ModelInputs, scenario: Scenario, locale: Locale): string {
	const inc = inputs.incidents.find((i) => i.id === scenario.incident)!;
	const pkg = inputs.incidents.find((i) => i.id === scenario.packageFrom)!;
	if (inc.id === pkg.id) return locale === 'ko' ? `${inc.shortName.ko}: 실제 보상안` : `${inc.shortName.en}: the real package`;
	return locale === 'ko'
		? `가정: ${inc.shortName.ko} 고객에게 ${pkg.shortName.ko}의 고객 보상을 적용(이탈·제재·보안 투자는 ${inc.shortName.ko} 그대로)`
		: `Counterfactual: ${inc.shortName.en}’s customers with ${pkg.shortName.en}’s customer remedies (departures, sanctions and security stay ${inc.shortName.en}’s)`;
}
