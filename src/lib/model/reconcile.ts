// Ships to the browser: the model set beside what companies and the press said.
import type { Measure, PublicFigure, ReconciliationRow } from '../../schemas/modelReconciliation.ts';
import { COMPONENT_IDS, isComponentId } from './components.ts';
import type { EnabledMask } from './evaluate.ts';
import type { LocalizedText } from './localizedText.ts';
import type { MonteCarloDraws } from './monteCarlo.ts';
import type { ParamValues } from './parameters.ts';
import { quarterRevenueLoss } from './quarterRevenueLoss.ts';
import type { Stats } from './stats.ts';

export interface ReconciliationResult {
	id: string;
	label: LocalizedText;
	measure: Measure;
	/**
	 * False when the scenario is not the incident's real package (a counterfactual, or a compared
	 * component switched off): the row then shows the scenario, not a calibration check.
	 */
	comparable: boolean;
	model: Stats;
	/** Sum of the compared components' retail values (central); null when the measure has none. */
	modelRetail: number | null;
	stated: PublicFigure | null;
	press: PublicFigure | null;
	/** model.p50 − stated.value, and model.p50 ÷ stated.value: the headline is the median. */
	gapToStated: number | null;
	ratioToStated: number | null;
	gapToPress: number | null;
	ratioToPress: number | null;
	reason: LocalizedText;
	sources: string[];
}

/** The measure's value for one set of parameters and the component costs computed from them. */
export function measureValue(measure: Measure, p: ParamValues, costs: Float64Array): number {
	switch (measure.kind) {
		case 'components':
			return measure.components.reduce((sum, id) => sum + (isComponentId(id) ? costs[COMPONENT_IDS.indexOf(id)]! : 0), 0);
		case 'quarter-revenue-effect':
			return costs[COMPONENT_IDS.indexOf('bill-discount')]! + quarterRevenueLoss(p);
	}
}

/**
 * The per-draw columns whose sum is the measure in every Monte Carlo draw (switched-off components
 * add nothing); `quarterLoss` is the per-draw column of quarterRevenueLoss.
 */
export function measureColumns(measure: Measure, mc: MonteCarloDraws, enabled: EnabledMask, quarterLoss: Float64Array): Float64Array[] {
	const columnOf = (id: string): Float64Array[] => {
		const c = isComponentId(id) ? COMPONENT_IDS.indexOf(id) : -1;
		return c >= 0 && enabled[c] === 1 ? [mc.components[c]!] : [];
	};
	switch (measure.kind) {
		case 'components':
			return measure.components.flatMap(columnOf);
		case 'quarter-revenue-effect':
			return [...columnOf('bill-discount'), quarterLoss];
	}
}

/** Components a measure depends on; all must be on for the row to be a like-for-like comparison. */
export function measureComponents(measure: Measure): string[] {
	switch (measure.kind) {
		case 'components':
			return measure.components;
		case 'quarter-revenue-effect':
			return ['bill-discount'];
	}
}

function gap(model: number, figure: PublicFigure | undefined): [number | null, number | null] {
	if (!figure) return [null, null];
	return [model - figure.value, figure.value > 0 ? model / figure.value : null];
}

/** Assembles one row once its model statistics are known. */
export function reconciliationResult(
	row: ReconciliationRow,
	model: Stats,
	modelRetail: number | null,
	comparable: boolean,
): ReconciliationResult {
	const [gapToStated, ratioToStated] = gap(model.p50, row.stated);
	const [gapToPress, ratioToPress] = gap(model.p50, row.press);
	return {
		id: row.id,
		label: row.label,
		measure: row.measure,
		comparable,
		model,
		modelRetail,
		stated: row.stated ?? null,
		press: row.press ?? null,
		gapToStated,
		ratioToStated,
		gapToPress,
		ratioToPress,
		reason: row.reason,
		sources: row.sources,
	};
}
