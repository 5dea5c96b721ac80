/**
 * The tie-out (data/model/tieout.yaml): each carrier's reported operating profit for the quarters
 * its breach touched, beside the same quarter a year earlier, with the known items that moved it
 * for other reasons; and how each modelled component is phased into those quarters. The model's
 * phased cost is computed; only reported figures and the phasing's reasons live here.
 */
import { z } from 'zod';
import { IdSchema, LocalizedTextSchema, SourceIdSchema, SourceIdsSchema } from './common.ts';

/** A calendar quarter, `2025-Q3`. */
export const QuarterSchema = z.string().regex(/^\d{4}-Q[1-4]$/, 'must be a quarter such as 2025-Q3');

/** A known item outside the breach that moved the year-on-year change (won; negative lowered it). */
export const NonBreachItemSchema = z.strictObject({
	label: LocalizedTextSchema,
	effect: z.number(),
	sources: SourceIdsSchema,
});

export const ReportedQuarterSchema = z.strictObject({
	incident: IdSchema,
	quarter: QuarterSchema,
	/** Consolidated operating profit of the quarter, won. */
	operatingProfit: z.number(),
	/** The same quarter a year earlier, won. */
	operatingProfitYearBefore: z.number(),
	nonBreach: z.array(NonBreachItemSchema).default([]),
	/** What makes this comparison hard to read (a one-off in the base year, say). */
	note: LocalizedTextSchema,
	sources: SourceIdsSchema,
});
export type ReportedQuarter = z.infer<typeof ReportedQuarterSchema>;

/**
 * How one component lands in quarters: `shares` — percent of the component's cost booked in each
 * quarter; `months` — months of its undiscounted monthly margin lost in each quarter (departures).
 */
export const PhasingSchema = z
	.strictObject({
		incident: IdSchema,
		component: IdSchema,
		shares: z.record(QuarterSchema, z.number().min(0).max(100)).optional(),
		months: z.record(QuarterSchema, z.number().min(0).max(3)).optional(),
		basis: LocalizedTextSchema,
		sources: z.array(SourceIdSchema).default([]),
	})
	.refine((p) => (p.shares === undefined) !== (p.months === undefined), {
		error: 'needs exactly one of shares or months',
		path: ['shares'],
	})
	.refine((p) => Object.values(p.shares ?? {}).reduce((a, b) => a + b, 0) <= 100 + 1e-9, {
		error: 'shares add up to more than 100',
		path: ['shares'],
	});
export type Phasing = z.infer<typeof PhasingSchema>;

export const TieOutFileSchema = z.strictObject({
	reported: z.array(ReportedQuarterSchema).min(1),
	phasing: z.array(PhasingSchema).min(1),
});
export type TieOutData = z.infer<typeof TieOutFileSchema>;
