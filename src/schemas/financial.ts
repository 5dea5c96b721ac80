/** Quarterly or annual financial context: revenue, operating profit, ARPU, subscriber base. */
import { z } from 'zod';
import { ConfidenceSchema, IdSchema, LocalizedTextSchema, QualifierSchema, SourceIdsSchema } from './common.ts';
import { AlternativeValueSchema, checkPreferredReason } from './figure.ts';

export const FINANCIAL_METRICS = [
	'revenue',
	'operating-profit',
	'net-income',
	'wireless-revenue',
	'wireless-service-revenue',
	'arpu',
	'opex',
] as const;

export const FinancialSchema = z
	.strictObject({
		id: IdSchema,
		metric: z.enum(FINANCIAL_METRICS),
		/** `2025-Q3`, `2025-FY` or `2025-9M`. */
		period: z.string().regex(/^\d{4}-(Q[1-4]|FY|9M|H1)$/, 'must be YYYY-Q1..Q4, YYYY-FY, YYYY-H1 or YYYY-9M'),
		basis: z.enum(['consolidated', 'standalone', 'segment']),
		value: z.number(),
		qualifier: QualifierSchema.default('exact'),
		unit: z.enum(['krw', 'krw-per-month']),
		note: LocalizedTextSchema.optional(),
		/** Other values for the same period and basis (a misprint, a worked-back estimate), with why. */
		alternatives: z.array(AlternativeValueSchema).default([]),
		/** Why `value` is preferred; required when there are alternatives. */
		preferredReason: LocalizedTextSchema.optional(),
		confidence: ConfidenceSchema,
		sources: SourceIdsSchema,
	})
	.superRefine(checkPreferredReason);
export type Financial = z.infer<typeof FinancialSchema>;
