/**
 * Customer departures with their basis stated: gross or net, with or without MVNO destinations,
 * over which window. Different bases are different quantities and are never added together.
 */
import { z } from 'zod';
import {
	ConfidenceSchema,
	IdSchema,
	IsoDateSchema,
	LocalizedTextSchema,
	QualifierSchema,
	SourceIdsSchema,
	WindowSchema,
} from './common.ts';
import { AlternativeValueSchema, checkPreferredReason } from './figure.ts';

export const DailyPointSchema = z.strictObject({
	date: IsoDateSchema,
	/** Departures counted on this date (may include a preceding day without reports; say so in note). */
	value: z.number().int().nonnegative('a daily count cannot be negative'),
	note: LocalizedTextSchema.optional(),
});

export const OutcomeSchema = z
	.strictObject({
		id: IdSchema,
		kind: z.enum(['departures', 'net-loss', 'subscriber-change']),
		label: LocalizedTextSchema,
		/** `waiver` = inside the fee-waiver window; `since-breach` = from disclosure to a later date. */
		period: z.enum(['waiver', 'since-breach', 'month', 'year', 'other']),
		window: WindowSchema,
		value: z.number(),
		qualifier: QualifierSchema.default('exact'),
		unit: z.enum(['people', 'lines', 'subscribers']),
		basis: z.strictObject({
			measure: z.enum(['gross', 'net']),
			/** Whether moves to MVNOs are counted; `unknown` when the source does not say. */
			mvno: z.enum(['included', 'excluded', 'unknown']),
			description: LocalizedTextSchema,
		}),
		/** Daily counts behind the total, when published. */
		daily: z.array(DailyPointSchema).default([]),
		confidence: ConfidenceSchema,
		sources: SourceIdsSchema,
		/** Other values sources give for the same count, with the reason each differs. */
		alternatives: z.array(AlternativeValueSchema).default([]),
		/** Why `value` is preferred; required when there are alternatives. */
		preferredReason: LocalizedTextSchema.optional(),
		/** Set on the figure to prefer when several outcomes share a period and basis. */
		preferred: z.boolean().default(false),
		note: LocalizedTextSchema.optional(),
	})
	.superRefine((o, ctx) => {
		checkPreferredReason(o, ctx);
		if (o.basis.measure === 'gross' && o.value < 0) {
			ctx.addIssue({ code: 'custom', path: ['value'], message: 'gross departures cannot be negative' });
		}
		o.daily.forEach((d, i) => {
			if (d.date < o.window.start || d.date > o.window.end) {
				ctx.addIssue({ code: 'custom', path: ['daily', i, 'date'], message: 'daily point falls outside the window' });
			}
		});
	});
export type Outcome = z.infer<typeof OutcomeSchema>;
