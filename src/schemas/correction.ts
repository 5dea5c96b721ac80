/** The corrections log (data/corrections.yaml): every change to a published figure, with its reason. */
import { z } from 'zod';
import {
	ConfidenceSchema,
	IdSchema,
	IsoDateSchema,
	LocalizedTextSchema,
	QualifierSchema,
	SourceIdsSchema,
	UnitSchema,
} from './common.ts';

/** Which part of the record changed; the page names it so "정부 → 낮음" is read as a confidence. */
export const CORRECTED_FIELDS = ['value', 'unit', 'confidence', 'sources', 'status', 'date'] as const;

/**
 * A value before or after the change: a number in its unit (formatted for each locale on the page,
 * 1조8,234억원 / ₩1.823 trillion), a confidence level (shown with the site's own label for it), or
 * words in both languages.
 */
export const CorrectionValueSchema = z.union([
	z.strictObject({ value: z.number(), unit: UnitSchema, qualifier: QualifierSchema.default('exact') }),
	z.strictObject({ confidence: ConfidenceSchema }),
	LocalizedTextSchema,
]);
export type CorrectionValue = z.infer<typeof CorrectionValueSchema>;

export const CorrectionSchema = z.strictObject({
	id: IdSchema,
	date: IsoDateSchema,
	/** What changed: `<incident or benchmark id>/<figure, remedy, event, outcome, financial or count id>`. */
	target: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be "<incident or benchmark id>/<record id>"'),
	field: z.enum(CORRECTED_FIELDS),
	oldValue: CorrectionValueSchema,
	newValue: CorrectionValueSchema,
	reason: LocalizedTextSchema,
	sources: SourceIdsSchema,
});
export const CorrectionFileSchema = z.array(CorrectionSchema);
export type Correction = z.infer<typeof CorrectionSchema>;
