// Ships to the browser: the slice of the model API the explorer uses, and scenario wording.
import type { Locale } from '../format/locale.ts';
import type { ModelInputs, Scenario } from '../model/index.ts';
import { explorerText } from './explorerText.ts';

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
	type TotalId,
	type TieOutRow,
} from '../model/index.ts';

/** "SKT customers, SKT's package" or, for a counterfactual, "KT customers with SKT's package". */
export function incidentLabel(inputs: ModelInputs, scenario: Scenario, locale: Locale): string {
	const inc = inputs.incidents.find((i) => i.id === scenario.incident)!;
	const pkg = inputs.incidents.find((i) => i.id === scenario.packageFrom)!;
	if (inc.id === pkg.id) return explorerText(locale, 'explorer.scenario.real', { incident: inc.shortName[locale] });
	return explorerText(locale, 'explorer.scenario.counterfactual', { incident: inc.shortName[locale], package: pkg.shortName[locale] });
}
