// Ships to the browser: the plain-JSON inputs the model runs on, and how they are made from data/.
/**
 * ModelInputs is what the page serialises into the island: numbers, ranges, labels and source ids.
 * The long basis notes stay in ModelData for the build-time page, since a slider never needs them.
 */
import type { ModelUnit } from '../../schemas/assumption.ts';
import type { ModelData } from '../../schemas/modelData.ts';
import type { DenominatorKind } from '../../schemas/modelIncident.ts';
import type { ReconciliationRow } from '../../schemas/modelReconciliation.ts';
import type { TieOutData } from '../../schemas/modelTieOut.ts';
import { isComponentId, type ComponentId } from './components.ts';
import type { LocalizedText } from './localizedText.ts';
import { PARAMETER_SPECS, type ParamKey, type ParameterGroup } from './parameters.ts';

/** Bumped when the shape changes, so a cached island payload is never misread. */
export const MODEL_INPUTS_VERSION = 2;

export interface EstimateInput {
	low: number;
	central: number;
	high: number;
	basis: 'sourced' | 'assumption';
	sources: string[];
}

export interface ParameterInput {
	key: ParamKey;
	group: ParameterGroup;
	unit: ModelUnit;
	label: LocalizedText;
	definition: LocalizedText;
	range: { min: number; max: number; step: number };
	/** Keyed by incident id. */
	values: Record<string, EstimateInput>;
}

export interface DenominatorInput {
	kind: DenominatorKind;
	label: LocalizedText;
	definition: LocalizedText;
	value: number;
	unit: 'records' | 'people' | 'lines' | 'krw';
	asOf: string;
	sources: string[];
}

export interface IncidentInput {
	id: string;
	name: LocalizedText;
	shortName: LocalizedText;
	packageLabel: LocalizedText;
	/** Package components this incident's package offered. */
	packageComponents: ComponentId[];
	packageSources: string[];
	denominators: DenominatorInput[];
	notModelled: { label: LocalizedText; reason: LocalizedText; sources: string[] }[];
}

export interface UsdRateInput {
	rateId: string;
	krwPerUsd: number;
	/** Period the rate averages, e.g. `2025`. */
	period: string;
	description: LocalizedText;
	sources: string[];
}

/** Reported quarters and the phasing of modelled costs into them (data/model/tieout.yaml). */
export type TieOutInput = TieOutData;

export interface ModelInputs {
	version: typeof MODEL_INPUTS_VERSION;
	/** In display order; the first is the default incident. */
	incidents: IncidentInput[];
	/** In PARAMETER_SPECS order. */
	parameters: ParameterInput[];
	reconciliation: ReconciliationRow[];
	tieOut: TieOutInput;
	usd: UsdRateInput;
}

/** Builds the island's inputs from validated model data (see src/lib/data/loadModelData.ts). */
export function toModelInputs(data: ModelData): ModelInputs {
	const byKey = new Map(data.assumptions.map((a) => [a.key, a]));
	const parameters = PARAMETER_SPECS.map((spec): ParameterInput => {
		const a = byKey.get(spec.key);
		if (!a) throw new Error(`model data has no parameter "${spec.key}"`);
		const values: Record<string, EstimateInput> = {};
		for (const [incident, e] of Object.entries(a.values)) {
			values[incident] = { low: e.low, central: e.central, high: e.high, basis: e.basis.kind, sources: [...e.basis.sources] };
		}
		return { key: spec.key, group: spec.group, unit: spec.unit, label: a.label, definition: a.definition, range: { ...a.range }, values };
	});
	return {
		version: MODEL_INPUTS_VERSION,
		incidents: data.incidents.map((inc) => ({
			id: inc.id,
			name: inc.name,
			shortName: inc.shortName,
			packageLabel: inc.package.label,
			packageComponents: inc.package.components.filter(isComponentId),
			packageSources: inc.package.sources,
			denominators: inc.denominators.map((d) => ({
				kind: d.kind,
				label: d.label,
				definition: d.definition,
				value: d.value,
				unit: d.unit,
				asOf: d.asOf,
				sources: d.sources,
			})),
			notModelled: inc.notModelled,
		})),
		parameters,
		reconciliation: data.reconciliation,
		tieOut: data.tieOut,
		usd: {
			rateId: data.usdRate.id,
			krwPerUsd: data.usdRate.krwPerUnit,
			period: data.usdRate.period,
			description: data.usdRate.description,
			sources: data.usdRate.sources,
		},
	};
}

/** The incident with this id, or undefined. */
export function incidentInput(inputs: ModelInputs, id: string): IncidentInput | undefined {
	return inputs.incidents.find((i) => i.id === id);
}
