/**
 * Calibration targets (data/model/reconciliation.yaml): a public figure — what the company said or
 * what the press estimated — set beside the model quantity it should be compared with, and the
 * reason the two differ. The model's numbers are computed; only the words live here.
 */
import { z } from 'zod';
import { IdSchema, LocalizedTextSchema, QualifierSchema, SourceIdsSchema } from './common.ts';

/**
 * Which model quantity a public figure is compared with:
 * `components` — the sum of the listed components' costs;
 * `quarter-revenue-effect` — the bill discount plus one quarter of service revenue from customers
 * who left, the model's analogue of a quarter-on-quarter fall in mobile revenue.
 */
export const MeasureSchema = z.discriminatedUnion('kind', [
	z.strictObject({ kind: z.literal('components'), components: z.array(IdSchema).min(1) }),
	z.strictObject({ kind: z.literal('quarter-revenue-effect') }),
]);
export type Measure = z.infer<typeof MeasureSchema>;

/** A public figure in won. */
export const PublicFigureSchema = z.strictObject({
	value: z.number().nonnegative(),
	qualifier: QualifierSchema.default('about'),
	/** Who said it, in a few words (e.g. "SKT, 4 July 2025"). */
	by: LocalizedTextSchema,
	sources: SourceIdsSchema,
});
export type PublicFigure = z.infer<typeof PublicFigureSchema>;

export const ReconciliationRowSchema = z
	.strictObject({
		id: IdSchema,
		incident: IdSchema,
		label: LocalizedTextSchema,
		measure: MeasureSchema,
		/** What the company said the item was worth or cost. */
		stated: PublicFigureSchema.optional(),
		/** An industry, analyst or press estimate. */
		press: PublicFigureSchema.optional(),
		/** Why the model's figure differs from the public one(s). */
		reason: LocalizedTextSchema,
		/** Sources the reason relies on beyond those of the figures. */
		sources: z.array(IdSchema).default([]),
	})
	.refine((r) => r.stated !== undefined || r.press !== undefined, {
		error: 'needs a stated or a press figure to compare with',
		path: ['stated'],
	});
export type ReconciliationRow = z.infer<typeof ReconciliationRowSchema>;

export const ReconciliationFileSchema = z.array(ReconciliationRowSchema).min(1);
