// Which customer remedies each incident offered, one row per kind × incident.
import type { Incident } from '../../schemas/incident.ts';
import type { RemedyKind } from '../../schemas/remedy.ts';
import { customerRemedies } from '../../lib/remedies/customerRemedies.ts';
import { offeredRemedyKinds } from '../../lib/remedies/offeredRemedyKinds.ts';
import { REMEDY_KIND_LABEL } from '../../i18n/remedyKinds.ts';
import type { ChartContext } from '../shared/types.ts';
import { audienceShort, remedyTerms, remedyWindow } from './cellText.ts';

export interface RemedyMatrixRow {
	kind: RemedyKind;
	kindLabel: string;
	incidentId: string;
	incident: string;
	/** Index of the incident in data order (its colour). */
	index: number;
	offered: boolean;
	remedyIds: string[];
	remedies: string;
	audience: string;
	terms: string;
	window: string;
	eligibility: string;
	sources: string[];
}

/**
 * One row per remedy kind × incident, kinds in REMEDY_KINDS order, only kinds someone offered.
 * Components aimed at the company itself (a possible sales ban filed as `other`) are not customer remedies.
 */
export function remedyMatrixRows(incidents: readonly Incident[], locale: ChartContext['locale']): RemedyMatrixRow[] {
	const offered = incidents.map((inc) => customerRemedies(inc));
	const kinds = offeredRemedyKinds(incidents);
	return kinds.flatMap((kind) =>
		incidents.map((inc, index) => {
			const rs = offered[index]!.filter((r) => r.kind === kind);
			const each = (f: (r: (typeof rs)[number]) => string | null) => rs.map(f).filter(Boolean).join(' / ');
			return {
				kind,
				kindLabel: REMEDY_KIND_LABEL[kind][locale],
				incidentId: inc.id,
				incident: inc.shortName[locale],
				index,
				offered: rs.length > 0,
				remedyIds: rs.map((r) => r.id),
				remedies: each((r) => r.label[locale]),
				audience: each((r) => audienceShort(r.audience, locale)),
				terms: each((r) => remedyTerms(r, locale)),
				window: each((r) => remedyWindow(r, locale)),
				eligibility: each((r) => r.eligibility[locale]),
				sources: [...new Set(rs.flatMap((r) => r.sources))],
			};
		}),
	);
}
