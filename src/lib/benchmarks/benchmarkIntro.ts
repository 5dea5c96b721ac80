/**
 * The benchmarks page's short answer, as numbers: for each of the site's own incidents, its largest
 * money-to-victims item, the rank of that item's per-unit figure among the same basis (a face value
 * among face values) — beside the very figure ranked, unit included — and the same amount over the
 * incident's other counts, shown but never ranked.
 */
import type { AffectedUnit, RemedyType } from '../../schemas/benchmark.ts';
import type { IncidentBenchmarkRow, IncidentCount, IncidentItem } from './incidentRows.ts';
import { rankLikeWithLike, type RankableRow } from './ranking.ts';
import type { ValueBasis } from './valueBasis.ts';

/** The counts an incident file can give: the intro says which of them it lacks. */
const INTRO_UNITS = ['records', 'people', 'lines'] as const satisfies readonly AffectedUnit[];
export type IntroUnit = (typeof INTRO_UNITS)[number];

/** What the intro reads of a benchmark row. */
export interface IntroRow extends RankableRow {
	itemId: string;
	type: RemedyType;
	denominator: { id: string; unit: AffectedUnit };
}

export interface IntroEntry<R extends IntroRow> {
	incident: IncidentBenchmarkRow;
	item: IncidentItem;
	/** The ranked figure and the count it divides by. */
	ranked: { row: R; count: IncidentCount };
	rank: number;
	of: number;
	basis: ValueBasis;
	/** The same amount over each other count the incident has; unranked. */
	others: { row: R; count: IncidentCount }[];
	/** Units the incident has no count for (a missing count is not zero). */
	missing: IntroUnit[];
}


export function benchmarkIntro<R extends IntroRow>(rows: readonly R[], incidents: readonly IncidentBenchmarkRow[]): IntroEntry<R>[] {
	return rankLikeWithLike(rows).flatMap(({ row, rank, of, basis }) => {
		const incident = incidents.find((i) => i.id === row.caseId);
		const item = incident?.remedies.find((x) => x.id === row.itemId);
		const count = incident?.affected.find((a) => a.id === row.denominator.id);
		if (!incident || !item?.amount || !count) return [];
		const others = incident.affected.flatMap((c) => {
			if (c.id === count.id) return [];
			const other = rows.find((x) => x.caseId === row.caseId && x.itemId === row.itemId && x.denominator.id === c.id && x.krw !== null);
			return other ? [{ row: other, count: c }] : [];
		});
		const missing = INTRO_UNITS.filter((u) => !incident.affected.some((a) => a.unit === u));
		return [{ incident, item, ranked: { row, count }, rank, of, basis, others, missing }];
	});
}
