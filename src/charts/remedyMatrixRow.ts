// One cell of the remedy matrix: the chart draws these rows and its takeaway reads them.
import type { RemedyKind } from '../schemas/remedy.ts';

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
