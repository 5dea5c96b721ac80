// Ships to the browser: the total per person, per line, per customer and as a share of revenue.
import type { DenominatorKind } from '../../schemas/modelIncident.ts';
import type { LocalizedText } from './localizedText.ts';
import type { IncidentInput, ModelInputs } from './modelInputs.ts';
import type { ParamValues } from './parameters.ts';
import { scaleStats, type Stats } from './stats.ts';

/** Denominators taken from the scenario itself rather than from a sourced count. */
export type ScenarioDenominatorKind = 'customers-modelled' | 'departing-customers';

export interface NormalisedRow {
	kind: DenominatorKind | ScenarioDenominatorKind;
	label: LocalizedText;
	definition: LocalizedText;
	unit: 'records' | 'people' | 'lines' | 'krw';
	denominator: number;
	/** As-of date of a sourced denominator; absent for scenario denominators. */
	asOf?: string;
	sources: string[];
	/** `per-unit`: won per one record / person / line; `percent`: % of revenue or operating profit. */
	measure: 'per-unit' | 'percent';
	value: Stats;
	/** The per-unit value in US dollars at the sourced rate; null for percentages. */
	usd: Stats | null;
}

const SCENARIO_DENOMINATORS: Record<ScenarioDenominatorKind, { label: LocalizedText; definition: LocalizedText }> = {
	'customers-modelled': {
		label: { ko: '모형의 고객 1인당', en: 'Per customer in the model' },
		definition: {
			ko: '모형이 쓰는 자사망 고객과 자사망 알뜰폰 고객의 합(중앙값).',
			en: "The model's customers on the carrier's network, its own plus MVNO users (central values).",
		},
	},
	'departing-customers': {
		label: { ko: '해지 고객 1인당', en: 'Per departing customer' },
		definition: {
			ko: '위약금 면제 적용 기간에 해지한 고객 수(중앙값).',
			en: 'Customers who left during the period the fee waiver covered (central value).',
		},
	},
};

/**
 * The total divided by each denominator the incident has — a denominator it lacks (KT has no
 * count of leaked records) gets no row, never a zero — plus the two scenario denominators.
 * Scenario denominators use their central values, so their percentiles scale the total's.
 */
export function normalise(total: Stats, incident: IncidentInput, values: ParamValues, inputs: ModelInputs): NormalisedRow[] {
	const perUsd = 1 / inputs.usd.krwPerUsd;
	const rows: NormalisedRow[] = incident.denominators.map((d) => {
		const percent = d.unit === 'krw';
		const value = scaleStats(total, percent ? 100 / d.value : 1 / d.value);
		return {
			kind: d.kind,
			label: d.label,
			definition: d.definition,
			unit: d.unit,
			denominator: d.value,
			asOf: d.asOf,
			sources: d.sources,
			measure: percent ? 'percent' : 'per-unit',
			value,
			usd: percent ? null : scaleStats(value, perUsd),
		};
	});
	const scenarioCounts: [ScenarioDenominatorKind, number][] = [
		['customers-modelled', values.mnoCustomers + values.mvnoCustomers],
		['departing-customers', values.waiverLeavers],
	];
	for (const [kind, count] of scenarioCounts) {
		if (!(count > 0)) continue;
		const value = scaleStats(total, 1 / count);
		rows.push({ kind, ...SCENARIO_DENOMINATORS[kind], unit: 'people', denominator: count, sources: [], measure: 'per-unit', value, usd: scaleStats(value, perUsd) });
	}
	return rows;
}
