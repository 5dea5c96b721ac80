// Ships to the browser: each incident's spread per component and total, and its tornado of inputs.
import type { ModelUnit } from '../../schemas/assumption.ts';
import { TOTAL_LABELS, componentSpec, totalOf, type Block, type ModelInputs, type ModelResult } from '../../lib/model/index.ts';
import type { Locale } from '../../lib/format/locale.ts';
import { componentSources, paramSources, runInfo, estimateFields } from '../shared/modelRuns.ts';
import { unique } from '../shared/unique.ts';

/** Inputs shown per incident in the tornado, widest swing first. */
export const TORNADO_TOP = 10;

export interface UncertaintyRow {
	incidentId: string;
	incident: string;
	index: number;
	/** `spread`: a component or the total (default view); `tornado`: one input moved alone (second view). */
	view: 'spread' | 'tornado';
	/** Component id, `total`, or the parameter key. */
	id: string;
	group: Block | 'total' | 'tornado';
	label: string;
	/** The quantity with every input central (for tornado rows, the total cost of the breach). */
	central: number;
	p5: number | null;
	p50: number | null;
	p95: number | null;
	/** Tornado: the input's low and high ends, its unit, and the total at each. */
	paramLow: number | null;
	paramHigh: number | null;
	paramUnit: ModelUnit | null;
	atLow: number | null;
	atHigh: number | null;
	swing: number | null;
	sources: string[];
}

const NO_TORNADO = { paramLow: null, paramHigh: null, paramUnit: null, atLow: null, atHigh: null, swing: null } as const;

/** Per run: the total, then each switched-on component (model order); then per run its top `top` tornado inputs. */
export function uncertaintyRows(results: readonly ModelResult[], inputs: ModelInputs, locale: Locale, top = TORNADO_TOP): UncertaintyRow[] {
	const runs = runInfo(results, inputs, locale);
	const spread = runs.flatMap(({ result, incidentId, incident, index }) => {
		const base = { incidentId, incident, index, view: 'spread' as const, ...NO_TORNADO };
		const on = result.components.filter((c) => c.enabled);
		const breach = totalOf(result, 'breach').cost;
		const total: UncertaintyRow = {
			...base,
			id: 'total',
			group: 'total',
			label: TOTAL_LABELS.breach[locale],
			...estimateFields(breach),
			sources: unique(on.flatMap((c) => componentSources(inputs, result, c.id))),
		};
		return [
			total,
			...on.map((c): UncertaintyRow => ({
				...base,
				id: c.id,
				group: c.block,
				label: componentSpec(c.id).label[locale],
				...estimateFields(c.cost),
				sources: unique(componentSources(inputs, result, c.id)),
			})),
		];
	});
	const tornado = runs.flatMap(({ result, incidentId, incident, index }) =>
		result.tornado.slice(0, top).map((b): UncertaintyRow => {
			const param = inputs.parameters.find((p) => p.key === b.key);
			return {
				incidentId,
				incident,
				index,
				view: 'tornado',
				id: b.key,
				group: 'tornado',
				label: param?.label[locale] ?? b.key,
				central: totalOf(result, 'breach').cost.central,
				p5: null,
				p50: null,
				p95: null,
				paramLow: b.low,
				paramHigh: b.high,
				paramUnit: param?.unit ?? null,
				atLow: b.totalAtLow,
				atHigh: b.totalAtHigh,
				swing: b.swing,
				sources: paramSources(inputs, result, b.key),
			};
		}),
	);
	return [...spread, ...tornado];
}
