/**
 * The findings the overview and the brief lead with, as numbers: what each carrier offered its
 * customers, what those remedies cost in the model (P50 with P5–P95), the like-for-like per-line
 * figure, and what is still undecided. Sentences are written by the page from these, so both pages
 * quote exactly the same figures.
 */
import type { Incident } from '../../schemas/incident.ts';
import type { Remedy } from '../../schemas/remedy.ts';
import { blockOf, defaultScenario, runModel, totalOf, type ModelInputs, type ModelResult, type NormalisedRow, type Stats } from '../model/index.ts';
import { customerRemedies, valuedCustomerRemedies, type ValuedRemedy } from '../remedies/customerRemedies.ts';

export interface CarrierFindings {
	incident: Incident;
	/** Every remedy offered to customers, in data order. */
	offered: Remedy[];
	/** Those every customer could take up (the all-customer package), in data order. */
	offeredToAll: Remedy[];
	/** The across-the-board bill discount, if the carrier gave one. */
	billDiscount: Remedy | undefined;
	/** What the carrier said its customer package was worth: a face value, never a cost. */
	announced: ValuedRemedy[];
	/** The model's run of the carrier's real package at default settings. */
	result: ModelResult;
	/** Cost of the remedy: block (a), customer remedies. */
	remedyCost: Stats;
	/**
	 * All-customer remedies per subscriber line: the one per-unit figure both carriers have on the
	 * same footing (every line was eligible). Undefined when the model has no line count.
	 */
	perLine: NormalisedRow | undefined;
	/** Sanctions and measures still undecided (fines, a sales ban under review). */
	pending: Remedy[];
	/** The model's scenario for pending fines and claims, kept outside every total. */
	pendingCost: Stats;
}

/** Findings for every incident the model covers, in data order. */
export function carrierFindings(incidents: readonly Incident[], inputs: ModelInputs): CarrierFindings[] {
	const modelled = new Set(inputs.incidents.map((i) => i.id));
	return incidents
		.filter((incident) => modelled.has(incident.id))
		.map((incident) => {
			const result = runModel(inputs, defaultScenario(inputs, incident.id));
			const offered = customerRemedies(incident);
			return {
				incident,
				offered,
				offeredToAll: offered.filter((r) => r.audience === 'all-customers'),
				billDiscount: offered.find((r) => r.kind === 'bill-discount' && r.audience === 'all-customers'),
				announced: valuedCustomerRemedies(incident),
				result,
				remedyCost: blockOf(result, 'remedies'),
				perLine: result.normalised.find((n) => n.numerator === 'all-customer-remedies' && n.kind === 'subscriber-lines'),
				pending: incident.remedies.filter((r) => r.status === 'pending'),
				pendingCost: totalOf(result, 'pending').cost,
			};
		});
}
