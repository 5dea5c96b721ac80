// Ships to the browser: a reader's scenario and its defaults.
import { COMPONENTS, type ComponentId } from './components.ts';
import { incidentInput, type ModelInputs } from './modelInputs.ts';
import { PARAMETER_SPECS, parameterSourceIncident, type ParamValues } from './parameters.ts';

/**
 * Everything a reader can change. `incident` supplies the customers, costs, departures, sanctions
 * and security pledge; `packageFrom` supplies the customer remedies — the same id for the real
 * package, the other incident's id for a counterfactual ("KT's customers with SKT's remedies").
 */
export interface Scenario {
	incident: string;
	packageFrom: string;
	components: Record<ComponentId, boolean>;
	/** Central value of every parameter. */
	values: ParamValues;
}

/**
 * The scenario before the reader touches anything: what the package offered and its remedy
 * components from `packageFrom`, everything else from `incidentId`, every value at its central
 * estimate (its median). Incident-level components (departures, fines, security) are always on. Throws on an unknown
 * id, which is a programming error; reader input goes through decodeScenario instead.
 */
export function defaultScenario(inputs: ModelInputs, incidentId: string, packageFrom: string = incidentId): Scenario {
	const incident = incidentInput(inputs, incidentId);
	const pkg = incidentInput(inputs, packageFrom);
	if (!incident || !pkg) throw new Error(`unknown incident "${incident ? packageFrom : incidentId}"`);
	const offered = new Set<string>(pkg.packageComponents);
	const components = Object.fromEntries(
		COMPONENTS.map((c) => [c.id, c.scope === 'incident' || offered.has(c.id)]),
	) as Record<ComponentId, boolean>;
	const values = Object.fromEntries(
		PARAMETER_SPECS.map((spec, i) => {
			const from = parameterSourceIncident(spec.group, { incident: incident.id, packageFrom: pkg.id });
			return [spec.key, inputs.parameters[i]!.values[from]!.central];
		}),
	) as ParamValues;
	return { incident: incident.id, packageFrom: pkg.id, components, values };
}
