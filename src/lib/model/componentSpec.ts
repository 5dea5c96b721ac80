// The shape of a component's description.
import type { Audience, Block } from './blocks.ts';
import type { LocalizedText } from './localizedText.ts';
import type { ParamKey, ParamValues } from './parameters.ts';

export interface ComponentSpec {
	readonly id: string;
	/** Query-string code used in the `off` / `on` lists. */
	readonly url: string;
	readonly block: Block;
	/** Who received it, which fixes the only denominator its cost may be divided by. */
	readonly audience: Audience;
	/**
	 * For sanctions: true when imposed (inside the total), false for pending fines and claims (a
	 * scenario beside it). Ignored for other blocks, which are always counted.
	 */
	readonly decided: boolean;
	/**
	 * `package`: offered or not by a package, so a counterfactual takes it from the package's
	 * incident. `incident`: a fact of the breach or of the carrier (departures, fines, the security
	 * pledge), always the incident's own.
	 */
	readonly scope: 'package' | 'incident';
	readonly label: LocalizedText;
	/** The cost formula with `{paramKey}` placeholders; language-neutral notation. */
	readonly formula: string;
	readonly params: readonly ParamKey[];
	readonly cost: (p: ParamValues) => number;
	/** Value to customers at retail prices; null where customers receive nothing priced. */
	readonly retailValue: ((p: ParamValues) => number) | null;
	/** Cost per year, for a component spread over several years (the security pledge's first year). */
	readonly perYear?: (p: ParamValues) => number;
	/** Undiscounted margin lost per month, for a component that runs over a horizon (departures). */
	readonly perMonth?: (p: ParamValues) => number;
}
