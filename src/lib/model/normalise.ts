// Ships to the browser: per-unit figures that divide a cost only by the people who received it.
import type { DenominatorKind } from '../../schemas/modelIncident.ts';
import type { LocalizedText } from './localizedText.ts';
import type { IncidentInput, ModelInputs } from './modelInputs.ts';
import type { ParamValues } from './parameters.ts';
import { scaleStats, type Stats } from './stats.ts';
import { pct } from './units.ts';

/** Denominators taken from the scenario itself rather than from a sourced count. */
export type ScenarioDenominatorKind = 'customers-eligible' | 'departing-customers';

/**
 * What is divided. Each numerator lies inside one block and has one audience, so no per-unit
 * figure mixes blocks or divides a cost by people who did not receive it:
 * `all-customer-remedies` — remedies every eligible customer got, per eligible customer or line;
 * `affected-remedies` — remedies only the affected got, per person affected;
 * `waived-penalties` — the fee waiver, per customer who left under it;
 * `remedy` / `breach` — a headline total as a share of revenue or operating profit.
 */
export const NUMERATORS = ['all-customer-remedies', 'affected-remedies', 'waived-penalties', 'remedy', 'breach'] as const;
export type Numerator = (typeof NUMERATORS)[number];

export interface NormalisedRow {
	numerator: Numerator;
	kind: DenominatorKind | ScenarioDenominatorKind;
	label: LocalizedText;
	definition: LocalizedText;
	unit: 'records' | 'people' | 'lines' | 'krw';
	denominator: number;
	/** As-of date of a sourced denominator; absent for scenario denominators. */
	asOf?: string;
	sources: string[];
	/** `per-unit`: won per person / line; `percent`: % of revenue or operating profit. */
	measure: 'per-unit' | 'percent';
	value: Stats;
	/** The per-unit value in US dollars at the sourced rate; null for percentages. */
	usd: Stats | null;
}

const NUMERATOR_LABELS: Record<Numerator, LocalizedText> = {
	'all-customer-remedies': { ko: '전 고객 보상', en: 'All-customer remedies' },
	'affected-remedies': { ko: '피해자 대상 보상', en: 'Remedies for the affected' },
	'waived-penalties': { ko: '면제된 위약금', en: 'Penalties waived' },
	remedy: { ko: '보상 비용', en: 'Cost of the remedy' },
	breach: { ko: '사고 총비용', en: 'Total cost of the breach' },
};

const SCENARIO_DENOMINATORS: Record<ScenarioDenominatorKind, { label: LocalizedText; definition: LocalizedText }> = {
	'customers-eligible': {
		label: { ko: '대상 고객 1명당', en: 'per eligible customer' },
		definition: {
			ko: '전 고객 보상을 받을 수 있던 자사 고객에, 그 통신사가 대상에 넣은 만큼의 자사망 알뜰폰 고객을 더한 수(중앙값).',
			en: "The carrier's own customers eligible for the all-customer package, plus the MVNO users on its network it included (central values).",
		},
	},
	'departing-customers': {
		label: { ko: '해지 고객 1명당', en: 'per departing customer' },
		definition: {
			ko: '위약금 면제 적용 기간에 해지한 고객 수(중앙값). 면제된 위약금만 나눈다.',
			en: 'Customers who left during the period the fee waiver covered (central value); only the waived penalties are divided by it.',
		},
	},
};

/** The numerator each denominator may divide; a denominator kind not listed here is not used. */
const PAIRS: readonly { numerator: Numerator; kind: DenominatorKind | ScenarioDenominatorKind }[] = [
	{ numerator: 'all-customer-remedies', kind: 'customers-eligible' },
	{ numerator: 'all-customer-remedies', kind: 'subscriber-lines' },
	{ numerator: 'affected-remedies', kind: 'people-affected' },
	{ numerator: 'waived-penalties', kind: 'departing-customers' },
	{ numerator: 'remedy', kind: 'annual-revenue' },
	{ numerator: 'remedy', kind: 'operating-profit' },
	{ numerator: 'breach', kind: 'annual-revenue' },
	{ numerator: 'breach', kind: 'operating-profit' },
];

function labelOf(numerator: Numerator, denominatorLabel: LocalizedText, percent: boolean): LocalizedText {
	const n = NUMERATOR_LABELS[numerator];
	return percent
		? { ko: `${n.ko}: ${denominatorLabel.ko}`, en: `${n.en}: ${denominatorLabel.en.toLowerCase()}` }
		: { ko: `${n.ko}, ${denominatorLabel.ko}`, en: `${n.en}, ${denominatorLabel.en.charAt(0).toLowerCase()}${denominatorLabel.en.slice(1)}` };
}

/**
 * Each numerator divided by the denominators it may be divided by. A numerator that is zero at
 * every percentile (no remedy went to that audience) gets no row, and neither does a denominator
 * the incident lacks — never a zero. Scenario denominators use their central values, so their
 * percentiles scale the numerator's.
 */
export function normalise(numerators: Readonly<Record<Numerator, Stats>>, incident: IncidentInput, values: ParamValues, inputs: ModelInputs): NormalisedRow[] {
	const perUsd = 1 / inputs.usd.krwPerUsd;
	const scenarioCounts: Record<ScenarioDenominatorKind, number> = {
		'customers-eligible': values.mnoCustomers + values.mvnoCustomers * pct(values.discountMvnoCoverage),
		'departing-customers': values.waiverLeavers,
	};
	return PAIRS.flatMap(({ numerator, kind }): NormalisedRow[] => {
		const total = numerators[numerator];
		if (total.p95 === 0 && total.central === 0) return [];
		const sourced = incident.denominators.find((d) => d.kind === kind);
		if (sourced) {
			const percent = sourced.unit === 'krw';
			const value = scaleStats(total, percent ? 100 / sourced.value : 1 / sourced.value);
			return [
				{
					numerator,
					kind,
					label: labelOf(numerator, sourced.label, percent),
					definition: sourced.definition,
					unit: sourced.unit,
					denominator: sourced.value,
					asOf: sourced.asOf,
					sources: sourced.sources,
					measure: percent ? 'percent' : 'per-unit',
					value,
					usd: percent ? null : scaleStats(value, perUsd),
				},
			];
		}
		if (kind !== 'customers-eligible' && kind !== 'departing-customers') return [];
		const count = scenarioCounts[kind];
		if (!(count > 0)) return [];
		const value = scaleStats(total, 1 / count);
		const d = SCENARIO_DENOMINATORS[kind];
		return [
			{
				numerator,
				kind,
				label: labelOf(numerator, d.label, false),
				definition: d.definition,
				unit: 'people',
				denominator: count,
				sources: [],
				measure: 'per-unit',
				value,
				usd: scaleStats(value, perUsd),
			},
		];
	});
}
