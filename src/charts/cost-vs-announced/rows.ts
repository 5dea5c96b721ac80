// Ships to the browser: modelled cost per component beside what the company stated, per incident.
import { BLOCKS, BLOCK_LABELS, COMPONENTS, componentSpec, type Block, type ModelInputs, type ModelResult, type ReconciliationResult } from '../../lib/model/index.ts';
import { isComponentId } from '../../lib/model/components.ts';
import type { Locale } from '../../lib/format/locale.ts';
import { componentSources, paramSources, runInfo, estimateFields } from '../shared/modelRuns.ts';
import { unique } from '../shared/unique.ts';
import { costVsAnnouncedText } from './messages.ts';

/**
 * The model's blocks, plus `pending`: sanctions not yet decided, a scenario the model keeps outside
 * every total (so not under the heading of decided sanctions), and `mixed`: an announced figure that
 * spans blocks (a headline total), kept apart from them all.
 */
export type CostGroup = Block | 'pending' | 'mixed';
export const COST_GROUPS: readonly CostGroup[] = [...BLOCKS.flatMap((b) => (b === 'sanctions' ? [b, 'pending' as const] : [b])), 'mixed'];

export interface CostRow {
	incidentId: string;
	incident: string;
	/** Colour index (the incident's place in the data). */
	index: number;
	/** `component`: one component; `compared`: several components as announced together. */
	kind: 'component' | 'compared';
	/** Component id, or the reconciliation row id for parts and bundles. */
	id: string;
	group: CostGroup;
	label: string;
	central: number;
	p5: number;
	p50: number;
	p95: number;
	/** Value to customers at retail prices (central); null where customers receive nothing priced. */
	retail: number | null;
	/** The data allowance's full GB at retail, used or not; null for other rows. */
	faceValue: number | null;
	/** What the company said it was worth, and who said it; null when it gave no figure or the comparison is not like-for-like. */
	stated: number | null;
	statedBy: string | null;
	press: number | null;
	pressBy: string | null;
	/** p50 − stated, and p50 ÷ stated: the headline is the median. */
	gap: number | null;
	ratio: number | null;
	sources: string[];
}

const componentsOf = (r: ReconciliationResult): string[] =>
	r.measure.kind === 'components' ? r.measure.components : ['bill-discount'];

/** The block a reconciliation row belongs with: its components' one block, else `mixed`. */
function groupOf(r: ReconciliationResult): CostGroup {
	if (r.measure.kind === 'quarter-revenue-effect') return 'mixed';
	const cats = unique(componentsOf(r).map((id) => COMPONENTS.find((c) => c.id === id)?.block ?? 'mixed'));
	return cats.length === 1 ? cats[0]! : 'mixed';
}

function announced(recs: readonly ReconciliationResult[], locale: Locale) {
	const like = recs.filter((r) => r.comparable);
	const stated = like.find((r) => r.stated)?.stated ?? null;
	const press = like.find((r) => r.press)?.press ?? null;
	return {
		stated: stated?.value ?? null,
		statedBy: stated?.by[locale] ?? null,
		press: press?.value ?? null,
		pressBy: press?.by[locale] ?? null,
		sources: like.flatMap((r) => [...(r.stated?.sources ?? []), ...(r.press?.sources ?? []), ...r.sources]),
	};
}

/**
 * Per run, in COST_GROUPS order: each switched-on component, then the parts and bundles the
 * reconciliation compares with a public figure. A bundle whose scenario is not like-for-like is left out.
 */
export function costRows(results: readonly ModelResult[], inputs: ModelInputs, locale: Locale): CostRow[] {
	return runInfo(results, inputs, locale).flatMap(({ result, incidentId, incident, index }) => {
		const base = { incidentId, incident, index };
		const rows: CostRow[] = [];
		const paramsOf = (r: ReconciliationResult) => [
			...componentsOf(r).flatMap((id) => (isComponentId(id) ? componentSources(inputs, result, id) : [])),
			// The quarter's revenue effect adds the leavers' lost revenue to the discount.
			...(r.measure.kind === 'quarter-revenue-effect' ? (['excessLeavers', 'arpu'] as const).flatMap((k) => paramSources(inputs, result, k)) : []),
		];
		for (const c of result.components) {
			if (!c.enabled) continue;
			const recs = result.reconciliation.filter((r) => c.comparedIn.includes(r.id));
			const whole = announced(recs.filter((r) => r.measure.kind === 'components'), locale);
			rows.push({
				...base,
				kind: 'component',
				id: c.id,
				group: componentSpec(c.id).decided ? c.block : 'pending',
				label: componentSpec(c.id).label[locale],
				...estimateFields(c.cost),
				retail: c.retailValue,
				faceValue: c.faceValue,
				...whole,
				gap: whole.stated === null ? null : c.cost.p50 - whole.stated,
				ratio: whole.stated ? c.cost.p50 / whole.stated : null,
				sources: unique([...componentSources(inputs, result, c.id), ...whole.sources]),
			});
		}
		for (const r of result.reconciliation) {
			const single = r.measure.kind === 'components' && r.measure.components.length === 1;
			if (single || !r.comparable) continue;
			const a = announced([r], locale);
			rows.push({
				...base,
				kind: 'compared',
				id: r.id,
				group: groupOf(r),
				label: r.label[locale],
				...estimateFields(r.model),
				retail: r.modelRetail,
				faceValue: null,
				...a,
				gap: r.gapToStated,
				ratio: r.ratioToStated,
				sources: unique([...paramsOf(r), ...a.sources]),
			});
		}
		return rows.sort((x, y) => COST_GROUPS.indexOf(x.group) - COST_GROUPS.indexOf(y.group));
	});
}

/** Group headings: the block names, one for pending sanctions and one for figures that span blocks. */
export function costGroupLabel(group: CostGroup, locale: Locale): string {
	if (group === 'mixed' || group === 'pending') return costVsAnnouncedText(locale, `chart.cost-vs-announced.group.${group}`);
	return BLOCK_LABELS[group][locale];
}
