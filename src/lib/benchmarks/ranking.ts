// Ships to the browser: how cases compare per affected unit — each case's largest item in a group,
// ranks among those, and their median. Items are compared one by one, never added up.
import { median } from 'd3';
import type { RemedyGroup } from './remedyGroup.ts';

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
