// Ships to the browser: pure look-ups over validated incident data, shared by pages and charts.
import type { Metric, Figure } from '../../schemas/figure.ts';
import type { Incident } from '../../schemas/incident.ts';
import type { Outcome } from '../../schemas/outcome.ts';
import type { Remedy, RemedyKind } from '../../schemas/remedy.ts';

/** The figure to quote for a metric: the one marked headline, else the first of that metric. */
export function figureFor(incident: Incident, metric: Metric): Figure | undefined {
	const all = incident.figures.filter((f) => f.metric === metric);
	return all.find((f) => f.headline) ?? all[0];
}

function remediesOfKind(incident: Incident, kind: RemedyKind): Remedy[] {
	return incident.remedies.filter((r) => r.kind === kind);
}

/** Fines already imposed, with their amount (the `amount` parameter, in won), largest first. */
export function decidedFines(incident: Incident): { remedy: Remedy; amount: number }[] {
	return remediesOfKind(incident, 'fine')
		.filter((r) => r.status !== 'pending' && r.status !== 'rejected')
		.flatMap((remedy) => {
			const amount = param(remedy, 'amount');
			return amount === undefined ? [] : [{ remedy, amount }];
		})
		.sort((a, b) => b.amount - a.amount);
}

export function pendingFines(incident: Incident): Remedy[] {
	return remediesOfKind(incident, 'fine').filter((r) => r.status === 'pending');
}

/** The security-investment pledge with a stated amount, if any. */
export function securityPledge(incident: Incident): Remedy | undefined {
	return remediesOfKind(incident, 'security-investment').find((r) => r.announcedValue);
}

/**
 * The departures figure to headline for a period (e.g. the fee-waiver window): among those marked
 * preferred (else all), the widest published count — gross before net, MVNO moves included before
 * unknown before excluded, sourced before derived. Its basis is always shown beside it.
 */
export function preferredOutcome(incident: Incident, period: Outcome['period']): Outcome | undefined {
	const all = incident.outcomes.filter((o) => o.period === period && o.kind === 'departures');
	const pool = all.some((o) => o.preferred) ? all.filter((o) => o.preferred) : all;
	const rank = (o: Outcome) =>
		(o.basis.measure === 'gross' ? 0 : 4) + MVNO_RANK[o.basis.mvno] + (o.confidence === 'derived' ? 8 : 0);
	return [...pool].sort((a, b) => rank(a) - rank(b))[0];
}
const MVNO_RANK = { included: 0, unknown: 1, excluded: 2 } as const;

/** A remedy's parameter value by key, e.g. `rate` or `gb-per-month`. */
export function param(remedy: Remedy, key: string): number | undefined {
	return remedy.parameters.find((p) => p.key === key)?.value;
}
