// The shape of a component's description.
import type { Category } from './categories.ts';
import type { LocalizedText } from './localizedText.ts';
import type { ParamKey, ParamValues } from './parameters.ts';

/** A named part of a component's cost, reported separately (the fee waiver's two halves). */
export interface ComponentPart {
	readonly id: 'penalties' | 'departures';
	readonly label: LocalizedText;
	readonly formula: string;
	readonly value: (p: ParamValues) => number;
}

export interface ComponentSpec {
	readonly id: string;
	/** Query-string code used in the `off` / `on` lists. */
	readonly url: string;
	readonly category: Category;
	/**
	 * `package`: offered or not by a package, so a counterfactual takes it from the package's
	 * incident. `incident`: a fact of the breach (fines, fraud losses), always the incident's own.
	 */
	readonly scope: 'package' | 'incident';
	readonly label: LocalizedText;
	/** The cost formula with `{paramKey}` placeholders; language-neutral notation. */
	readonly formula: string;
	readonly params: readonly ParamKey[];
	readonly cost: (p: ParamValues) => number;
	/** Value to customers at retail prices; null where customers receive nothing priced (fines, security). */
	readonly retailValue: ((p: ParamValues) => number) | null;
	readonly parts: readonly ComponentPart[];
	/** Cost per year, for a component spread over several years (the security pledge). */
	readonly perYear?: (p: ParamValues) => number;
}
