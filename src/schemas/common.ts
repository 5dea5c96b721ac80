/**
 * Building blocks shared by every data schema. Plain zod, no astro: imports, so the
 * build, the tests and the browser all validate with the same rules.
 */
import { z } from 'zod';

/** Kebab-case identifier: lower-case letters, digits and single hyphens. */
export const IdSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single hyphens)');

/** A source id from the bibliography in data/sources/. */
export const SourceIdSchema = IdSchema;

/** Non-empty list of source ids. */
export const SourceIdsSchema = z.array(SourceIdSchema).min(1, 'needs at least one source id');

/** Calendar date in ISO form, YYYY-MM-DD; rejects impossible dates like 2025-02-30. */
export const IsoDateSchema = z.iso.date({ error: 'must be a valid date written YYYY-MM-DD' });

/** A date that may be known only to the month or year: YYYY-MM-DD, YYYY-MM or YYYY. */
export const PartialDateSchema = z.preprocess(
	// YAML reads a bare year such as `2025` as a number.
	(v) => (typeof v === 'number' && Number.isInteger(v) ? String(v) : v),
	z
	.string()
	.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
	.refine((s) => s.length < 10 || IsoDateSchema.safeParse(s).success, 'is not a real calendar date'),
);

/** Text shown to readers, in Korean (default locale) and English. */
export const LocalizedTextSchema = z.strictObject({
	ko: z.string().trim().min(1, 'Korean text is empty'),
	en: z.string().trim().min(1, 'English text is empty'),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/**
 * How far a figure can be trusted, after the research dossiers' labels:
 * government = a public body's finding; official = the company's own statement;
 * industry = KTOA-style market statistics; press-estimate / analyst-estimate = someone's calculation;
 * derived = arithmetic on sourced figures (inputs named in the note); low = blog or aggregator only.
 */
export const CONFIDENCE = [
	'government',
	'official',
	'industry',
	'press-estimate',
	'analyst-estimate',
	'derived',
	'low',
] as const;
export const ConfidenceSchema = z.enum(CONFIDENCE);
export type Confidence = z.infer<typeof ConfidenceSchema>;

/**
 * The closed set of units. Records, people, lines and accounts are different things and are
 * never converted into one another.
 */
export const UNITS = [
	'records', // leaked data entries (e.g. IMSI-keyed USIM records)
	'people', // distinct natural persons
	'lines', // subscriber lines in carrier/MSIT statistics
	'accounts', // service accounts
	'subscribers', // a carrier's own "subscriber" count whose exact basis is given in the definition
	'payments', // individual transactions
	'servers',
	'malware-strains',
	'device-ids', // e.g. femtocell IDs
	'usim-cards',
	'information-categories',
	'krw', // Korean won
	'krw-per-month', // e.g. ARPU
	'krw-per-person',
	'krw-per-usd', // exchange rate
	'percent', // 0–100
	'gb', // gigabytes
	'gb-per-month',
	'days',
	'months',
	'years', // a duration
	'years-of-age', // an age threshold (65세 / aged 65), never a duration
	'count', // a plain count of something else, named in the label
] as const;
export const UnitSchema = z.enum(UNITS);
export type Unit = z.infer<typeof UnitSchema>;

/** How exactly the value is stated in its source. */
export const QUALIFIERS = ['exact', 'about', 'at-least', 'at-most'] as const;
export const QualifierSchema = z.enum(QUALIFIERS);

/** An inclusive date window such as a waiver or refund period. */
export const WindowSchema = z
	.strictObject({ start: IsoDateSchema, end: IsoDateSchema })
	.refine((w) => w.start <= w.end, { error: 'window start is after its end', path: ['end'] });
export type Window = z.infer<typeof WindowSchema>;
