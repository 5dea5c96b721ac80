/**
 * The published model results (/data/model-results.json): for each incident's real package and
 * each named counterfactual, every component, block and headline total with its all-inputs-central
 * value and its simulated P5 / P50 / P95 (the headline is P50), and the quarterly tie-out rows.
 * Not read from data/: the build writes it, and this schema documents it for readers.
 */
import { z } from 'zod';
import { IdSchema, LocalizedTextSchema } from './common.ts';

/** All-inputs-central value and simulated percentiles, in won. */
export const ResultFiguresSchema = z.strictObject({
	central: z.number(),
	p5: z.number(),
	p50: z.number(),
	p95: z.number(),
});

/** The same plus the P5–P95 with every input perfectly correlated (each at the same percentile). */
export const BandFiguresSchema = ResultFiguresSchema.extend({
	comonotonicP5: z.number(),
	comonotonicP95: z.number(),
});

export const ModelRunResultSchema = z.strictObject({
	id: IdSchema,
	label: LocalizedTextSchema,
	kind: z.enum(['real', 'counterfactual']),
	/** Whose customers, departures, sanctions and security pledge. */
	incident: IdSchema,
	/** Whose customer remedies. */
	packageFrom: IdSchema,
	components: z.array(
		ResultFiguresSchema.extend({
			id: IdSchema,
			/** `remedies`, `churn`, `sanctions` or `security`. */
			block: IdSchema,
			enabled: z.boolean(),
		}),
	),
	blocks: z.array(BandFiguresSchema.extend({ id: IdSchema })),
	/** `remedy`, `breach` (remedies + churn + decided sanctions), `pending` and `security`. */
	totals: z.array(BandFiguresSchema.extend({ id: IdSchema })),
	tieOut: z.array(
		z.strictObject({
			quarter: z.string(),
			operatingProfit: z.number(),
			operatingProfitYearBefore: z.number(),
			reportedChange: z.number(),
			nonBreachTotal: z.number(),
			modelled: ResultFiguresSchema,
			unexplained: ResultFiguresSchema,
			/** Part of `modelled` that is a fine, not deductible for tax (all inputs central). */
			nonDeductible: z.number(),
			comparable: z.boolean(),
		}),
	),
});

export const ModelResultsSchema = z.strictObject({
	currency: z.literal('KRW'),
	draws: z.number().int().positive(),
	seed: z.number().int(),
	runs: z.array(ModelRunResultSchema),
});
export type ModelResultsDocument = z.infer<typeof ModelResultsSchema>;
