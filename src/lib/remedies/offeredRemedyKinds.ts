/** The remedy kinds a comparison of incidents has rows for. */
import type { Incident } from '../../schemas/incident.ts';
import { REMEDY_KINDS, type RemedyKind } from '../../schemas/remedy.ts';
import { customerRemedies } from './customerRemedies.ts';

/** Kinds at least one incident offered its customers, in REMEDY_KINDS order. */
export function offeredRemedyKinds(incidents: readonly Incident[]): RemedyKind[] {
	const offered = new Set(incidents.flatMap((i) => customerRemedies(i).map((r) => r.kind)));
	return REMEDY_KINDS.filter((k) => offered.has(k));
}
