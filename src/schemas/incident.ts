/** One incident file in data/incidents/: everything the site shows about one breach. */
import { z } from 'zod';
import { IdSchema, IsoDateSchema, LocalizedTextSchema } from './common.ts';
import { EventSchema } from './event.ts';
import { FigureSchema } from './figure.ts';
import { FinancialSchema } from './financial.ts';
import { OutcomeSchema } from './outcome.ts';
import { RemedySchema } from './remedy.ts';

export const IncidentSchema = z.strictObject({
	/** File stem, e.g. `skt-2025`. */
	id: IdSchema,
	company: LocalizedTextSchema,
	/** Short name for chart labels, e.g. SKT. */
	shortName: LocalizedTextSchema,
	title: LocalizedTextSchema,
	summary: LocalizedTextSchema,
	/** Day 0 of the "days since disclosure" axis: the day the public learned of the breach. */
	disclosureDate: IsoDateSchema,
	/**
	 * Why day 0 is that day, when sources date "became known" differently (e.g. police alerting the
	 * company a few days before the press reports): shown beside the date so no reader sees a clash.
	 */
	disclosureNote: LocalizedTextSchema.optional(),
	/** Sort order in side-by-side views. */
	order: z.number().int().nonnegative(),
	figures: z.array(FigureSchema).min(1),
	events: z.array(EventSchema).min(1),
	remedies: z.array(RemedySchema).min(1),
	outcomes: z.array(OutcomeSchema).default([]),
	financials: z.array(FinancialSchema).default([]),
});
export type Incident = z.infer<typeof IncidentSchema>;
