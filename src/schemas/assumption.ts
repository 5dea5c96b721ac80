/**
 * One cost-model parameter (data/model/parameters/*.yaml): what it means, its unit, the range a
 * reader's slider may take, and for each incident a low / central / high estimate with its basis —
 * either sourced figures or an assumption whose rationale is written out in both languages.
 */
import { z } from 'zod';
import { ConfidenceSchema, IdSchema, LocalizedTextSchema, SourceIdSchema, SourceIdsSchema } from './common.ts';

/**
 * Parameter keys are camelCase because they are the variable names in the model's formulas
 * (src/lib/model), not record ids; the model's code lists the keys it expects.
 */
export const ParamKeySchema = z
	.string()
	.regex(/^[a-z][a-zA-Z0-9]*$/, 'must be camelCase (a letter, then letters and digits)');

/** Units a model parameter can take. Percentages are 0–100, as everywhere in data/. */
export const MODEL_UNITS = [
	'krw',
	'krw-per-month', // per customer per month (ARPU, a subscription price, a premium)
	'krw-per-person', // one-off amount per person (a penalty, a credit)
	'krw-per-use', // per redemption of a membership discount
	'krw-per-gb',
	'krw-per-usim', // per USIM swap
	'krw-per-year',
	'krw-per-line', // per subscriber line or expected sale (the dealer payment)
	'percent',
	'percent-per-year', // a rate of return or of growth
	'gb-per-month', // per customer per month
	'months',
	'years',
	'people',
	'lines',
] as const;
export const ModelUnitSchema = z.enum(MODEL_UNITS);
export type ModelUnit = z.infer<typeof ModelUnitSchema>;

/**
 * Where an estimate comes from. `sourced`: the low / central / high are (or are plain arithmetic on)
 * figures in the cited sources, and the note says which figure is which. `assumption`: no source
 * gives the number; the rationale says why these values, and may cite sources it leans on.
 */
export const BasisSchema = z.discriminatedUnion('kind', [
	z.strictObject({
		kind: z.literal('sourced'),
		confidence: ConfidenceSchema,
		sources: SourceIdsSchema,
		note: LocalizedTextSchema,
	}),
	z.strictObject({
		kind: z.literal('assumption'),
		rationale: LocalizedTextSchema,
		sources: z.array(SourceIdSchema).default([]),
	}),
]);
export type Basis = z.infer<typeof BasisSchema>;

/** One incident's estimate of a parameter. low = central = high marks a value known exactly. */
export const EstimateSchema = z
	.strictObject({
		low: z.number(),
		central: z.number(),
		high: z.number(),
		basis: BasisSchema,
	})
	.refine((e) => e.low <= e.central && e.central <= e.high, {
		error: 'must satisfy low ≤ central ≤ high',
		path: ['central'],
	});
export type Estimate = z.infer<typeof EstimateSchema>;

/** The values a reader's slider allows, and its step. */
export const SliderRangeSchema = z
	.strictObject({
		min: z.number(),
		max: z.number(),
		step: z.number().positive('a slider step must be positive'),
	})
	.refine((r) => r.min < r.max, { error: 'min must be below max', path: ['max'] });

export const AssumptionSchema = z
	.strictObject({
		key: ParamKeySchema,
		label: LocalizedTextSchema,
		/** What exactly the number measures, including its basis (MNO only? per month?). */
		definition: LocalizedTextSchema,
		unit: ModelUnitSchema,
		range: SliderRangeSchema,
		/** Estimates keyed by incident id (`skt-2025`, `kt-2025`). */
		values: z.record(IdSchema, EstimateSchema),
	})
	.superRefine((a, ctx) => {
		if ((a.unit === 'percent' || a.unit === 'percent-per-year') && (a.range.min < 0 || a.range.max > 100)) {
			ctx.addIssue({ code: 'custom', path: ['range'], message: 'a percentage range must lie within 0–100' });
		}
		for (const [incident, e] of Object.entries(a.values)) {
			for (const bound of ['low', 'central', 'high'] as const) {
				if (e[bound] < a.range.min || e[bound] > a.range.max) {
					ctx.addIssue({
						code: 'custom',
						path: ['values', incident, bound],
						message: `${e[bound]} lies outside the slider range [${a.range.min}, ${a.range.max}]`,
					});
				}
			}
		}
	});
export type Assumption = z.infer<typeof AssumptionSchema>;

/** A parameters file is a list of parameters. */
export const AssumptionFileSchema = z.array(AssumptionSchema).min(1);
