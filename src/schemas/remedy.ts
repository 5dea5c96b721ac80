/**
 * A remedy component as a structured record: what kind, for whom, when, with which parameters,
 * and what the company said it was worth (announced value is not cost; the model estimates cost).
 */
import { z } from 'zod';
import {
	ConfidenceSchema,
	IdSchema,
	LocalizedTextSchema,
	QualifierSchema,
	SourceIdsSchema,
	UnitSchema,
	WindowSchema,
} from './common.ts';

export const REMEDY_KINDS = [
	'bill-discount',
	'data-allowance',
	'partner-discount', // membership / partner-brand discounts
	'ott-voucher',
	'insurance',
	'usim-replacement',
	'usim-protection', // anti-cloning service
	'fee-waiver', // early-termination penalties waived
	'fraud-refund', // unauthorized charges refunded
	'damage-pledge', // promise to compensate any damage
	'victim-package', // benefits only for confirmed victims
	'rejoin-benefit',
	'roaming-bonus',
	'security-app',
	'security-investment',
	'fine',
	'mediation-award', // a dispute committee's proposal
	'other',
] as const;
export const RemedyKindSchema = z.enum(REMEDY_KINDS);
export type RemedyKind = z.infer<typeof RemedyKindSchema>;

/** Who a component reaches, coarsely: used to group and to pick the right denominator. */
export const AUDIENCES = ['all-customers', 'affected', 'victims', 'leavers', 'company'] as const;

/** A numeric parameter of the remedy (rate, GB per month, months, …). */
export const RemedyParameterSchema = z.strictObject({
	/** Machine key, e.g. `rate`, `gb-per-month`, `months`, `amount-per-person`. */
	key: IdSchema,
	label: LocalizedTextSchema,
	value: z.number(),
	qualifier: QualifierSchema.default('exact'),
	unit: UnitSchema,
	/**
	 * Set when the number comes from other sources than the remedy itself (e.g. a press estimate of
	 * how many customers are eligible); absent means the remedy's own sources and confidence.
	 */
	confidence: ConfidenceSchema.optional(),
	sources: SourceIdsSchema.optional(),
});

/** What the company (or a body) said the component was worth. */
export const AnnouncedValueSchema = z.strictObject({
	value: z.number().nonnegative('an announced value cannot be negative'),
	qualifier: QualifierSchema.default('exact'),
	unit: z.literal('krw', { error: 'announced values are in krw' }),
	/** What the stated value covers, e.g. "the whole customer-thanks package". */
	scope: LocalizedTextSchema,
	/** Years the amount is spread over, for multi-year pledges. */
	years: z.number().positive().optional(),
	confidence: ConfidenceSchema,
	sources: SourceIdsSchema,
});

export const RemedySchema = z
	.strictObject({
		id: IdSchema,
		kind: RemedyKindSchema,
		label: LocalizedTextSchema,
		description: LocalizedTextSchema,
		audience: z.enum(AUDIENCES),
		/** Who is eligible, in words (baseline date, exclusions). */
		eligibility: LocalizedTextSchema,
		window: WindowSchema.optional(),
		parameters: z.array(RemedyParameterSchema).default([]),
		announcedValue: AnnouncedValueSchema.optional(),
		/** announced → in-effect → completed, or withdrawn / rejected (for proposals). */
		status: z.enum(['announced', 'in-effect', 'completed', 'rejected', 'pending']),
		confidence: ConfidenceSchema,
		sources: SourceIdsSchema,
	})
	.superRefine((r, ctx) => {
		const keys = new Set<string>();
		r.parameters.forEach((p, i) => {
			if (keys.has(p.key)) {
				ctx.addIssue({ code: 'custom', path: ['parameters', i, 'key'], message: `duplicate parameter key "${p.key}"` });
			}
			keys.add(p.key);
			if (p.unit === 'percent' && (p.value < 0 || p.value > 100)) {
				ctx.addIssue({ code: 'custom', path: ['parameters', i, 'value'], message: 'a percentage must be between 0 and 100' });
			}
			if (p.value < 0) {
				ctx.addIssue({ code: 'custom', path: ['parameters', i, 'value'], message: 'a remedy parameter cannot be negative' });
			}
		});
	});
export type Remedy = z.infer<typeof RemedySchema>;
