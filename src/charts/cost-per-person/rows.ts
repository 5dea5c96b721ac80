// Ships to the browser: each modelled cost divided only by the people or lines who received it, per incident.
import { NUMERATORS, type ModelInputs, type ModelResult, type NormalisedRow } from '../../lib/model/index.ts';
import type { Locale } from '../../lib/format/locale.ts';
import { paramSources, runInfo, estimateFields } from '../shared/modelRuns.ts';
import { unique } from '../shared/unique.ts';

/** Won per one unit, and share of revenue or profit: different units, never on one axis. */
export const PER_PERSON_PANELS = ['per-unit', 'percent'] as const;
export type PerPersonPanel = (typeof PER_PERSON_PANELS)[number];

/** Display order of the denominators within a numerator; one the model adds later goes last. */
export const DENOMINATOR_ORDER: readonly NormalisedRow['kind'][] = [
	'customers-eligible',
	'subscriber-lines',
	'people-affected',
	'departing-customers',
	'annual-revenue',
	'operating-profit',
];

export interface PerPersonRow {
	incidentId: string;
	incident: string;
	index: number;
	/** `<numerator>/<denominator>`: rows with the same kind divide the same thing by the same unit. */
	kind: string;
	numerator: NormalisedRow['numerator'];
	denominatorKind: NormalisedRow['kind'];
	panel: PerPersonPanel;
	label: string;
	definition: string;
	unit: NormalisedRow['unit'];
	denominator: number;
	/** As-of date of a sourced count; null for the model's own counts (its central values). */
	asOf: string | null;
	/** Won per unit, or percent. */
	central: number;
	p5: number;
	p50: number;
	p95: number;
	/** Dollars per unit at `krwPerUsd`; null for percentages. */
	usdCentral: number | null;
	usdP5: number | null;
	usdP95: number | null;
	krwPerUsd: number;
	usdPeriod: string;
	/** Sources of the denominator (for the model's own counts, of the parameters that make it). */
	sources: string[];
}

const SCENARIO_PARAMS = {
	'customers-eligible': ['mnoCustomers', 'mvnoCustomers', 'discountMvnoCoverage'],
	'departing-customers': ['waiverLeavers'],
} as const;

const rank = (r: Pick<PerPersonRow, 'numerator' | 'denominatorKind'>) => {
	const i = DENOMINATOR_ORDER.indexOf(r.denominatorKind);
	return NUMERATORS.indexOf(r.numerator) * (DENOMINATOR_ORDER.length + 1) + (i < 0 ? DENOMINATOR_ORDER.length : i);
};

/** One row per run and denominator it has, in DENOMINATOR_ORDER then run order; a missing denominator has no row. */
export function perPersonRows(results: readonly ModelResult[], inputs: ModelInputs, locale: Locale): PerPersonRow[] {
	const rows = runInfo(results, inputs, locale).flatMap(({ result, incidentId, incident, index }) =>
		result.normalised.map((n): PerPersonRow => {
			const own = n.kind in SCENARIO_PARAMS ? SCENARIO_PARAMS[n.kind as keyof typeof SCENARIO_PARAMS].flatMap((k) => paramSources(inputs, result, k)) : [];
			return {
				incidentId,
				incident,
				index,
				kind: `${n.numerator}/${n.kind}`,
				numerator: n.numerator,
				denominatorKind: n.kind,
				panel: n.measure === 'percent' ? 'percent' : 'per-unit',
				label: n.label[locale],
				definition: n.definition[locale],
				unit: n.unit,
				denominator: n.denominator,
				asOf: n.asOf ?? null,
				...estimateFields(n.value),
				usdCentral: n.usd?.central ?? null,
				usdP5: n.usd?.p5 ?? null,
				usdP95: n.usd?.p95 ?? null,
				krwPerUsd: result.usd.krwPerUsd,
				usdPeriod: result.usd.period,
				sources: unique([...n.sources, ...own, ...(n.usd ? result.usd.sources : [])]),
			};
		}),
	);
	const order = new Map(results.map((r, i) => [r.incident, i]));
	return rows.sort((a, b) => PER_PERSON_PANELS.indexOf(a.panel) - PER_PERSON_PANELS.indexOf(b.panel) || rank(a) - rank(b) || order.get(a.incidentId)! - order.get(b.incidentId)!);
}
