/**
 * Where each of the site's own carriers stands among other breaches: its largest remedy to victims
 * per affected unit, ranked only against other cases' figures of the same basis (a face value
 * against face values). The rank travels with the very figure it ranks, unit included.
 */
import type { AffectedUnit, RemedyType } from '../../schemas/benchmark.ts';
import { rankLikeWithLike, type RankableRow } from '../benchmarks/ranking.ts';
import type { ValueBasis } from '../benchmarks/valueBasis.ts';

/** What a standing reads of a benchmark row. */
export interface StandingRow extends RankableRow {
	type: RemedyType;
	denominator: { unit: AffectedUnit };
}

export interface BenchmarkStanding {
	caseId: string;
	/** Won per unit of the ranked figure. */
	krw: number;
	/** The unit that figure divides by (lines for a package every customer got). */
	unit: AffectedUnit;
	basis: ValueBasis;
	/** 1 = the largest per unit among `of` cases with a figure of the same basis. */
	rank: number;
	of: number;
}

export function benchmarkStanding(rows: readonly StandingRow[]): BenchmarkStanding[] {
	return rankLikeWithLike(rows).map(({ row, rank, of, basis }) => ({
		caseId: row.caseId,
		krw: row.krw!,
		unit: row.denominator.unit,
		basis,
		rank,
		of,
	}));
}
