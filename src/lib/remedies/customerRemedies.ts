// Ships to the browser: what counts as a remedy offered to customers, the one definition pages and charts share.
import type { Incident } from '../../schemas/incident.ts';
// Types only: the schema module would bring zod into the browser bundles that reach this file.
import type { Remedy, RemedyKind } from '../../schemas/remedy.ts';

/** Kinds that are never something a carrier offered its customers, whatever their audience. */
const NOT_CUSTOMER_REMEDY: ReadonlySet<RemedyKind> = new Set(['fine', 'security-investment', 'mediation-award']);

/**
 * Remedies a carrier offered to customers: not fines, pledges to invest, mediators' awards, proposals
 * that were rejected, or measures aimed at the company itself (a possible ban on new subscribers).
 */
export function customerRemedies(incident: Incident): Remedy[] {
	return incident.remedies.filter((r) => !NOT_CUSTOMER_REMEDY.has(r.kind) && r.status !== 'rejected' && r.audience !== 'company');
}

/** A remedy that carries the company's own statement of what it was worth. */
export type ValuedRemedy = Remedy & { announcedValue: NonNullable<Remedy['announcedValue']> };

/** Customer remedies the carrier put a won value on, in data order: every one, not only the first. */
export function valuedCustomerRemedies(incident: Incident): ValuedRemedy[] {
	return customerRemedies(incident).filter((r): r is ValuedRemedy => r.announcedValue !== undefined);
}
