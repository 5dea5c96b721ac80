/** One entry of the bibliography (data/sources/*.yaml). Every figure cites these ids. */
import { z } from 'zod';
import { LocalizedTextSchema, PartialDateSchema, SourceIdSchema } from './common.ts';

/**
 * Who published a source, so readers can weigh it: government, company and court are primary
 * sources; press, industry and analyst are secondary; blog and mirror (a site reprinting or
 * summarising someone else's article, an aggregator) are the weakest and are labelled as such.
 */
export const SOURCE_KINDS = ['government', 'company', 'court', 'press', 'industry', 'analyst', 'blog', 'mirror', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Kinds a figure should not rest on alone when a primary or press source exists: cite those first. */
export const WEAK_SOURCE_KINDS: ReadonlySet<SourceKind> = new Set(['blog', 'mirror', 'other']);

export const SourceSchema = z.strictObject({
	/** Stable id cited by figures, e.g. `skt-s31`. */
	id: SourceIdSchema,
	/** Outlet or body exactly as the page names itself (e.g. `News1`, `세계일보`); kept for exports. */
	publisher: z.string().trim().min(1),
	/**
	 * The outlet's name as a reader of each language knows it (세계일보 / Segye Ilbo); pages fall back
	 * to `publisher`. Every real source has one (tests/data/sources.test.ts).
	 */
	publisherName: LocalizedTextSchema.optional(),
	/** Title or a short description of the page, in the page's language. */
	title: z.string().trim().min(1),
	url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
	/** Publication date as shown on the page (YYYY, YYYY-MM or YYYY-MM-DD). */
	published: PartialDateSchema,
	/** False when the page showed no date and `published` was inferred from its content. */
	dateShown: z.boolean().default(true),
	language: z.enum(['ko', 'en']),
	kind: z.enum(SOURCE_KINDS),
	/** Optional caveat about the source itself (reprint, machine-written summary, …). */
	note: LocalizedTextSchema.optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/** A bibliography file is a list of sources. */
export const SourceFileSchema = z.array(SourceSchema).min(1);
