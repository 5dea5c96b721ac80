/** The corrections log (data/corrections.yaml): every change to a published figure, with its reason. */
import { z } from 'zod';
import { IdSchema, IsoDateSchema, LocalizedTextSchema, SourceIdsSchema } from './common.ts';

export const CorrectionSchema = z.strictObject({
	id: IdSchema,
	date: IsoDateSchema,
	/** What changed: `<incident id>/<figure, remedy, event or outcome id>` or a data file path. */
	target: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be "<incident id>/<record id>"'),
	oldValue: z.string().min(1),
	newValue: z.string().min(1),
	reason: LocalizedTextSchema,
	sources: SourceIdsSchema,
});
export const CorrectionFileSchema = z.array(CorrectionSchema);
export type Correction = z.infer<typeof CorrectionSchema>;
