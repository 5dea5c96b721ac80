/** One entry of the bibliography (data/sources/*.yaml). Every figure cites these ids. */
import { z } from 'zod';
import { LocalizedTextSchema, PartialDateSchema, SourceIdSchema } from './common.ts';

export const SOURCE_KINDS = ['government', 'company', 'press', 'industry', 'analyst', 'court', 'other'] as const;

export const SourceSchema = z.strictObject({
	/** Stable id cited by figures, e.g. `skt-s31`. */
	id: SourceIdSchema,
	/** Outlet or body that published it, in its own language (e.g. `News1`, `세계일보`). */
	publisher: z.string().trim().min(1),
	/** Title or a short description of the page, in the page's language. */
	title: z.string().trim().min(1),
	url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
	/** Publication date as shown on the page (YYYY, YYYY-MM or YYYY-MM-DD). */
	published: PartialDateSchema,
	/** False when the page showed no date and `published` was inferred from its content. */
	dateShown: z.boolean().default(true),
	language: z.enum(['ko', 'en']),
	/** Who published it: `other` covers blogs, aggregators and mirrors. */
	kind: z.enum(SOURCE_KINDS),
	/** Optional caveat about the source itself (reprint, machine-written summary, …). */
	note: LocalizedTextSchema.optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/** A bibliography file is a list of sources. */
export const SourceFileSchema = z.array(SourceSchema).min(1);
