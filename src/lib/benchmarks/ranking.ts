// Ships to the browser: how cases compare per affected unit — each case's largest item in a group,
// ranks among those, and their median. Items are compared one by one, never added up.
import { median } from 'd3';
import type { RemedyType } from '../../schemas/benchmark.ts';
import type { RemedyGroup } from './remedyGroup.ts';
import { valueBasis, type ValueBasis } from './valueBasis.ts';

/** What ranking reads of a benchmark row: its case, group, whether it uses the primary count, its won per unit. */
export interface RankableRow {
	caseId: string;
	group: RemedyGroup;
	/** Divided by the case's primary count (alternative definitions are never ranked). */
	primary: boolean;
	/** Won per unit; null when the item cannot be put on the scale. */
	krw: number | null;
	/** One of the site's own incidents. */
	highlight: boolean;
}

export interface Ranked<R> {
	row: R;
	/** 1 = the largest per unit. */
	rank: number;
	of: number;
}

/**
 * Each case's largest drawn item of `group` per primary unit, largest first (ties keep row order).
 * `keep` narrows the cases considered, e.g. to the other breaches only.
 */
export function bestPerCase<R extends RankableRow>(rows: readonly R[], group: RemedyGroup, keep: (r: R) => boolean = () => true): R[] {
	const best = new Map<string, R>();
	for (const r of rows) {
		if (r.group !== group || !r.primary || r.krw === null || !keep(r)) continue;
		const b = best.get(r.caseId);
		if (!b || r.krw > b.krw!) best.set(r.caseId, r);
	}
	return [...best.values()].sort((a, b) => b.krw! - a.krw!);
}

/** Where each highlighted case's largest item of `group` ranks among every case's largest item of that group. */
export function rankInGroup<R extends RankableRow>(rows: readonly R[], group: RemedyGroup): Ranked<R>[] {
	const sorted = bestPerCase(rows, group);
	return sorted.flatMap((row, i) => (row.highlight ? [{ row, rank: i + 1, of: sorted.length }] : []));
}

/** Median won per unit of the rows that have one; undefined when none has. */
export function medianPerUnit(rows: readonly Pick<RankableRow, 'krw'>[]): number | undefined {
	return median(rows, (r) => r.krw ?? undefined);
}

/** A ranked row and the basis it was ranked on (money to victims only). */
export interface RankedOnBasis<R> extends Ranked<R> {
	basis: ValueBasis;
}

/**
 * Like rankInGroup for money to victims, but each highlighted case's largest item is ranked only
 * against other cases' items of the same basis: a face value beside face values, cash paid beside
 * cash paid, a settlement fund beside settlement funds. Highlighted cases in data order.
 */
export function rankLikeWithLike<R extends RankableRow & { type: RemedyType }>(rows: readonly R[]): RankedOnBasis<R>[] {
	const victims = rows.filter((r) => r.group === 'victims');
	const bases = new Set(victims.flatMap((r) => (r.highlight && r.primary && r.krw !== null ? [valueBasis(r.type)] : [])));
	const ranked = [...bases].flatMap((basis) =>
		basis === undefined ? [] : rankInGroup(victims.filter((r) => valueBasis(r.type) === basis), 'victims').map((x) => ({ ...x, basis })),
	);
	// A case with items on two bases keeps its largest item's rank only, as rankInGroup would.
	const best = new Map<string, RankedOnBasis<R>>();
	for (const x of ranked) {
		const b = best.get(x.row.caseId);
		if (!b || x.row.krw! > b.row.krw!) best.set(x.row.caseId, x);
	}
	const order = [...new Set(rows.map((r) => r.caseId))];
	return [...best.values()].sort((a, b) => order.indexOf(a.row.caseId) - order.indexOf(b.row.caseId));
}

/**
 * The other cases' largest item to victims, smallest first: the spread a reader compares with.
 * `keep` narrows the rows, e.g. to one value basis.
 */
export function otherCasesBest<R extends RankableRow>(rows: readonly R[], keep: (r: R) => boolean = () => true): R[] {
	return bestPerCase(rows, 'victims', (r) => !r.highlight && keep(r)).reverse();
}
