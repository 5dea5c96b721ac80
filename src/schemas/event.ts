/** A dated event on an incident's timeline. Windows (waiver, refund, sales halt) have an end date. */
import { z } from 'zod';
import { ConfidenceSchema, IdSchema, IsoDateSchema, LocalizedTextSchema, SourceIdsSchema } from './common.ts';

export const EVENT_KINDS = [
	'intrusion', // earliest known compromise
	'detection',
	'report', // report to KISA / PIPC / police
	'disclosure', // the public learns of it
	'investigation', // interim or final official findings
	'remedy', // a remedy is announced or starts
	'waiver-window',
	'refund-window',
	'sales-halt',
	'fine',
	'mediation',
	'lawsuit',
	'arrest',
	'earnings',
	'other',
] as const;
export const EventKindSchema = z.enum(EVENT_KINDS);

export const EventSchema = z
	.strictObject({
		id: IdSchema,
		kind: EventKindSchema,
		date: IsoDateSchema,
		/** Last day of a window, inclusive. */
		endDate: IsoDateSchema.optional(),
		/** Local time (KST) when the sources give one, HH:MM. */
		time: z
			.string()
			.regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'must be HH:MM (24-hour, KST; 24:00 for the end of a day)')
			.optional(),
		label: LocalizedTextSchema,
		detail: LocalizedTextSchema.optional(),
		confidence: ConfidenceSchema,
		sources: SourceIdsSchema,
	})
	.refine((e) => !e.endDate || e.date <= e.endDate, {
		error: 'endDate is before date',
		path: ['endDate'],
	});
export type IncidentEvent = z.infer<typeof EventSchema>;
