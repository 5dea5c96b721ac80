/**
 * One benchmark case in data/benchmarks/: another breach's remedies, fines and pledges, set beside
 * the SKT and KT incidents to answer "is that a lot?". Every count keeps its unit and every amount
 * its currency; per-unit arithmetic lives in src/lib/benchmarks, never in the data.
 */
import { z } from 'zod';
import {
	ConfidenceSchema,
	IdSchema,
	LocalizedTextSchema,
	PartialDateSchema,
	QualifierSchema,
	SourceIdsSchema,
} from './common.ts';
import { AlternativeValueSchema } from './figure.ts';
import { CurrencySchema } from './fx.ts';

const ISO_CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/**
 * ISO 4217 code that is a real currency. The shape check comes from fx.ts; it is repeated in the
 * refinement so that a malformed code gets one message, not two.
 */
export const Iso4217Schema = CurrencySchema.refine((c) => !/^[A-Z]{3}$/.test(c) || ISO_CURRENCIES.has(c), {
	error: 'is not an ISO 4217 currency code',
});

// Codes Intl can name that are not countries (UK is not ISO 3166; GB is).
const NOT_COUNTRIES: ReadonlySet<string> = new Set(['EU', 'EZ', 'UN', 'ZZ', 'UK', 'QO']);
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** ISO 3166-1 alpha-2 country code such as KR, US or GB. */
export const CountrySchema = z
	.string()
	.regex(/^[A-Z]{2}$/, 'must be a 2-letter ISO 3166-1 code such as KR')
	.refine((c) => !/^[A-Z]{2}$/.test(c) || (!NOT_COUNTRIES.has(c) && regionNames.of(c) !== c), {
		error: 'is not an ISO 3166-1 country code',
	});

/** A four-digit calendar year (YAML reads it as a number). */
const YearSchema = z.number().int('must be a whole year').min(1990, 'must be 1990 or later').max(2100, 'must be 2100 or earlier');

export const SECTORS = [
	'telecom',
	'e-commerce',
	'card-issuer',
	'bank',
	'credit-bureau',
	'health-insurer',
	'hospitality',
	'internet-platform',
	'airline',
	'education',
	'gaming',
] as const;
export const SectorSchema = z.enum(SECTORS, {
	error: (iss) => `unknown sector ${JSON.stringify(iss.input)} (expected one of: ${SECTORS.join(', ')})`,
});

/**
 * Units an affected count may have. Records, accounts, people, subscribers and lines are different
 * things: a per-unit figure always names which one it divides by, and none is converted into another.
 */
export const AFFECTED_UNITS = ['people', 'accounts', 'records', 'subscribers', 'lines'] as const;
export const AffectedUnitSchema = z.enum(AFFECTED_UNITS, {
	error: (iss) => `unknown unit ${JSON.stringify(iss.input)} (expected one of: ${AFFECTED_UNITS.join(', ')})`,
});
export type AffectedUnit = z.infer<typeof AffectedUnitSchema>;

/** One count of who or what a breach reached. A case may list several, each in its own unit. */
export const AffectedCountSchema = z
	.strictObject({
		/** Id within the case, e.g. `people` or `breach-2-accounts`; remedy items refer to it. */
		id: IdSchema,
		/** Number of `unit`; the lower end when the source gives a range (see `upper`). */
		value: z.number().positive('an affected count must be positive'),
		/** Upper end of a range such as "250–280 m", in the same unit. */
		upper: z.number().positive('an affected count must be positive').optional(),
		qualifier: QualifierSchema.default('exact'),
		unit: AffectedUnitSchema,
		/** What exactly is counted and by whom (after de-duplication? current and former customers?). */
		definition: LocalizedTextSchema,
		/** The one count that per-unit figures divide by unless an item names another. */
		primary: z.boolean().default(false),
		/** Why this count is the primary denominator; required on the primary count. */
		primaryReason: LocalizedTextSchema.optional(),
		/** Date the count describes or was published, when the source gives it. */
		asOf: PartialDateSchema.optional(),
		/** Other values other sources give for the same quantity; `value` is preferred. */
		alternatives: z.array(AlternativeValueSchema).default([]),
		/** Why `value` is preferred; required when there are alternatives. */
		preferredReason: LocalizedTextSchema.optional(),
		confidence: ConfidenceSchema,
		sources: SourceIdsSchema,
	})
	.superRefine((c, ctx) => {
		if (c.upper !== undefined && c.upper <= c.value) {
			ctx.addIssue({ code: 'custom', path: ['upper'], message: 'must be larger than value (value is the lower end)' });
		}
		if (c.primary && !c.primaryReason) {
			ctx.addIssue({ code: 'custom', path: ['primaryReason'], message: 'is required on the primary count (say why it is the denominator)' });
		}
		if (c.alternatives.length > 0 && !c.preferredReason) {
			ctx.addIssue({
				code: 'custom',
				path: ['preferredReason'],
				message: 'is required when alternatives are listed (say why the preferred value wins)',
			});
		}
		if (!c.primary && c.primaryReason) {
			ctx.addIssue({ code: 'custom', path: ['primaryReason'], message: 'is only allowed on the primary count' });
		}
	});
export type AffectedCount = z.infer<typeof AffectedCountSchema>;

/**
 * Kinds of remedy item. voucher, cash-fund, discount, waiver, credit-monitoring, court-award, fine
 * and security-pledge are the core set; the others exist because the benchmark dossier has items that
 * fit none of those (free services, reimbursed losses, Medibank's support package, payments to US
 * state attorneys general, business suspensions, APRA's capital add-on, and a company's own figure
 * for what a breach cost it).
 */
export const REMEDY_TYPES = [
	'voucher', // store credit, gift vouchers, points with a face value
	'cash-fund', // a settlement fund paying victims
	'discount', // price cuts, interest-free instalments
	'waiver', // fees waived
	'credit-monitoring', // credit or identity monitoring
	'court-award', // damages a court awarded to named plaintiffs
	'in-kind', // a free product or service (USIM swap, alert SMS, free games)
	'reimbursement', // losses or replacement costs paid back (fraud, passport, ticket refund)
	'support-package', // a bundle of support services and case-by-case payments without a stated value
	'fine', // a penalty paid to the state
	'regulatory-settlement', // a settlement paid to state regulators (e.g. US attorneys general)
	'business-suspension', // a sanction without a money amount
	'security-pledge', // security spending promised or ordered
	'capital-requirement', // extra capital a regulator makes the company hold: not a payment
	'reported-cost', // what the company said the breach cost it in total: context, not a remedy
] as const;
export const RemedyTypeSchema = z.enum(REMEDY_TYPES, {
	error: (iss) => `unknown remedy type ${JSON.stringify(iss.input)} (expected one of: ${REMEDY_TYPES.join(', ')})`,
});
export type RemedyType = z.infer<typeof RemedyTypeSchema>;
// Which types may be added together is decided in src/lib/benchmarks/remedyGroup.ts.

/**
 * final = decided, approved or delivered (a ruling, an order, a company's own offer or pledge);
 * pending = awaiting a decision, approval or appeal that the sources name;
 * reported-only = known only from press write-ups, without the deciding body's or company's own text.
 */
export const REMEDY_STATUSES = ['final', 'pending', 'reported-only'] as const;
export const RemedyStatusSchema = z.enum(REMEDY_STATUSES, {
	error: (iss) => `unknown status ${JSON.stringify(iss.input)} (expected one of: ${REMEDY_STATUSES.join(', ')})`,
});

/**
 * What an item's amount relates to. `this-breach` and `several-incidents` are divided by the case's
 * count (the latter overstates the per-unit figure, so it is flagged); `other-incident` and
 * `other-conduct` (e.g. a fine for unlawful data collection) are kept for context but never divided.
 */
export const REMEDY_SCOPES = ['this-breach', 'several-incidents', 'other-incident', 'other-conduct'] as const;

/**
 * How `amount.value` is stated: `total` for the whole item, `each` per party (per account, per
 * plaintiff, per company; see `multiplier`), `per-year` for a yearly amount with no stated end.
 */
export const AMOUNT_BASES = ['total', 'each', 'per-year'] as const;

/** A money amount exactly as the sources state it, in its own currency. */
export const AmountSchema = z.strictObject({
	/** In `currency` units (won, dollars, pounds…), never pre-converted. */
	value: z.number().nonnegative('an amount cannot be negative'),
	qualifier: QualifierSchema.default('exact'),
	/** ISO 4217 code of the amount as stated. */
	currency: Iso4217Schema,
	basis: z.enum(AMOUNT_BASES).default('total'),
	/** Years a `total` is spread over, e.g. 5 for "KRW 110 bn over 5 years". */
	years: z.number().positive('years must be positive').optional(),
});
export type Amount = z.infer<typeof AmountSchema>;

/**
 * Who `each` counts: every unit of one of the case's affected counts (`affected: <count id>`), or a
 * separately counted group such as plaintiffs or companies.
 */
export const MultiplierSchema = z.union([
	z.strictObject({
		/** Id of an affected count of this case whose every unit receives the amount. */
		affected: IdSchema,
	}),
	z.strictObject({
		/** Number of parties, e.g. 2,403 plaintiffs. */
		count: z.number().int('must be a whole number').positive('must be positive'),
		qualifier: QualifierSchema.default('exact'),
		/** Who the parties are, e.g. plaintiffs or card companies. */
		label: LocalizedTextSchema,
		confidence: ConfidenceSchema,
		sources: SourceIdsSchema,
	}),
]);

/** A value another source gives for the same amount, in the same currency. */
export const AlternativeAmountSchema = z.strictObject({
	value: z.number().nonnegative('an amount cannot be negative'),
	qualifier: QualifierSchema.default('exact'),
	sources: SourceIdsSchema,
	/** Why this value differs and why the main one is preferred. */
	note: LocalizedTextSchema,
});

export const RemedyItemSchema = z
	.strictObject({
		/** Id within the case, e.g. `pipc-fine`. */
		id: IdSchema,
		type: RemedyTypeSchema,
		/** Short label for charts and tables. */
		label: LocalizedTextSchema,
		/** What was offered, ordered or paid, and to whom, in a sentence or two. */
		description: LocalizedTextSchema,
		/** Money amount; absent when the sources give none (a suspension, an unpriced service). */
		amount: AmountSchema.optional(),
		/** Who `each` counts; only with `amount.basis: each`. Absent = recipients were not counted. */
		multiplier: MultiplierSchema.optional(),
		/** Other values for the same amount (e.g. a lower figure in another report). */
		alternatives: z.array(AlternativeAmountSchema).default([]),
		/** Affected count to divide by, when not the case's primary (e.g. the second of two breaches). */
		denominator: IdSchema.optional(),
		scope: z.enum(REMEDY_SCOPES).default('this-breach'),
		/** Id of another item of this case whose amount already includes this one; never add both. */
		partOf: IdSchema.optional(),
		/** Decision, announcement or approval date; absent when the sources do not date it. */
		date: PartialDateSchema.optional(),
		status: RemedyStatusSchema,
		/**
		 * The last date the sources confirm the status (a pending fine, an unapproved settlement, an
		 * appeal); required while pending, since such a status goes stale.
		 */
		statusAsOf: PartialDateSchema.optional(),
		/** Country of the deciding body when it differs from the case's country (e.g. GB for the ICO). */
		jurisdiction: CountrySchema.optional(),
		/** Face value vs cost, settlement vs payout, appeals, what is unverified. */
		note: LocalizedTextSchema.optional(),
		confidence: ConfidenceSchema,
		sources: SourceIdsSchema,
	})
	.superRefine((r, ctx) => {
		if (r.multiplier && r.amount?.basis !== 'each') {
			ctx.addIssue({ code: 'custom', path: ['multiplier'], message: 'is only allowed when amount.basis is "each"' });
		}
		if (r.alternatives.length > 0 && !r.amount) {
			ctx.addIssue({ code: 'custom', path: ['alternatives'], message: 'need an amount to be alternatives to' });
		}
		if (r.amount?.years !== undefined && r.amount.basis !== 'total') {
			ctx.addIssue({ code: 'custom', path: ['amount', 'years'], message: 'is only allowed when amount.basis is "total"' });
		}
		if (r.status === 'pending' && r.statusAsOf === undefined) {
			ctx.addIssue({ code: 'custom', path: ['statusAsOf'], message: 'is required while the status is pending (the date the sources last confirm it)' });
		}
		if (r.partOf === r.id) {
			ctx.addIssue({ code: 'custom', path: ['partOf'], message: 'cannot name the item itself' });
		}
	});
export type RemedyItem = z.infer<typeof RemedyItemSchema>;

export const BenchmarkSchema = z
	.strictObject({
		/** File stem, e.g. `equifax-2017`. */
		id: IdSchema,
		/** Company and case name. */
		name: LocalizedTextSchema,
		/** One line on what happened. */
		summary: LocalizedTextSchema,
		/** The company's home country, ISO 3166-1 alpha-2. */
		country: CountrySchema,
		sector: SectorSchema,
		/** Year the breach happened (or began). */
		breachYear: YearSchema,
		/** `at-most` for "data from 2019 or earlier". */
		breachYearQualifier: QualifierSchema.default('exact'),
		/** Last year of a breach that ran over several years. */
		breachYearEnd: YearSchema.optional(),
		/** When the public learned of it, as precisely as the sources say. */
		disclosed: PartialDateSchema.optional(),
		/** `partial` when the case is only a loose analogue (a misuse case, an outage with no confirmed leak). */
		comparability: z.enum(['direct', 'partial']).default('direct'),
		/** Why the comparison is only partial; required when `comparability` is `partial`. */
		comparabilityNote: LocalizedTextSchema.optional(),
		affected: z.array(AffectedCountSchema).min(1, 'needs at least one affected count'),
		remedies: z.array(RemedyItemSchema).min(1, 'needs at least one remedy item'),
		/** What the dossier says about the case as a whole: conflicting figures, unverified points. */
		notes: z.array(LocalizedTextSchema).default([]),
		/** Sources for the case's name, dates and summary, and for anything said only in `notes`. */
		sources: SourceIdsSchema,
	})
	.superRefine((b, ctx) => {
		const primaries = b.affected.flatMap((a, i) => (a.primary ? [i] : []));
		if (primaries.length !== 1) {
			ctx.addIssue({
				code: 'custom',
				path: ['affected'],
				message: `exactly one count must be primary (found ${primaries.length})`,
			});
		}
		if (b.comparability === 'partial' && !b.comparabilityNote) {
			ctx.addIssue({ code: 'custom', path: ['comparabilityNote'], message: 'is required when comparability is "partial"' });
		}
		if (b.breachYearEnd !== undefined && b.breachYearEnd < b.breachYear) {
			ctx.addIssue({ code: 'custom', path: ['breachYearEnd'], message: 'is before breachYear' });
		}
		if (b.disclosed !== undefined && Number(b.disclosed.slice(0, 4)) < b.breachYear) {
			ctx.addIssue({ code: 'custom', path: ['disclosed'], message: 'is before breachYear' });
		}
		const affectedIds = new Set(b.affected.map((a) => a.id));
		const itemIds = new Set(b.remedies.map((r) => r.id));
		b.remedies.forEach((r, i) => {
			if (r.denominator !== undefined && !affectedIds.has(r.denominator)) {
				ctx.addIssue({ code: 'custom', path: ['remedies', i, 'denominator'], message: `"${r.denominator}" is not an affected count of this case` });
			}
			if (r.multiplier && 'affected' in r.multiplier && !affectedIds.has(r.multiplier.affected)) {
				ctx.addIssue({
					code: 'custom',
					path: ['remedies', i, 'multiplier', 'affected'],
					message: `"${r.multiplier.affected}" is not an affected count of this case`,
				});
			}
			if (r.partOf !== undefined && !itemIds.has(r.partOf)) {
				ctx.addIssue({ code: 'custom', path: ['remedies', i, 'partOf'], message: `"${r.partOf}" is not a remedy item of this case` });
			}
			if (r.date !== undefined && Number(r.date.slice(0, 4)) < b.breachYear) {
				ctx.addIssue({ code: 'custom', path: ['remedies', i, 'date'], message: `is before the breach year ${b.breachYear}` });
			}
		});
	});
/** One benchmark case as validated; also the row shape the lead derives for SKT and KT. */
export type Benchmark = z.infer<typeof BenchmarkSchema>;
