/**
 * A sourced number. Every figure in data/ carries its unit, as-of date, confidence and source ids.
 * When sources disagree the preferred value is `value` and the others are `alternatives`.
 */
import { z } from 'zod';
import {
	ConfidenceSchema,
	IdSchema,
	LocalizedTextSchema,
	PartialDateSchema,
	QualifierSchema,
	SourceIdsSchema,
	UnitSchema,
} from './common.ts';

/**
 * What a scale figure measures. Charts find figures by metric, so a new incident file shows up in
 * every chart without code changes.
 */
export const METRICS = [
	'records-leaked',
	'people-affected',
	'subscriber-lines',
	'subscribers',
	'eligible-customers',
	'fraud-victims',
	'fraud-payments',
	'fraud-loss',
	'data-volume',
	'imei-records',
	'information-categories',
	'servers-scanned',
	'servers-infected',
	'malware-strains',
	'rogue-devices',
	'usim-swaps',
	'protection-enrolled',
	'arrests',
	'other',
] as const;
export const MetricSchema = z.enum(METRICS);
export type Metric = z.infer<typeof MetricSchema>;

/** A value some other source gives for the same quantity. */
export const AlternativeValueSchema = z.strictObject({
	value: z.number(),
	qualifier: QualifierSchema.default('exact'),
	sources: SourceIdsSchema,
	/** Why this value differs (other basis, typo, earlier count, …). */
	note: LocalizedTextSchema,
});

/**
 * Any record that keeps other sources' values beside its own (figures, outcomes, financials) must
 * say why its own value wins.
 */
export function checkPreferredReason(
	r: { alternatives: readonly unknown[]; preferredReason?: unknown },
	ctx: z.RefinementCtx,
): void {
	if (r.alternatives.length > 0 && !r.preferredReason) {
		ctx.addIssue({
			code: 'custom',
			path: ['preferredReason'],
			message: 'is required when alternatives are listed (say why the preferred value wins)',
		});
	}
}

export const FigureSchema = z
	.strictObject({
		id: IdSchema,
		metric: MetricSchema,
		label: LocalizedTextSchema,
		/** What exactly is counted; required so that records, people and lines are never confused. */
		definition: LocalizedTextSchema,
		value: z.number(),
		qualifier: QualifierSchema.default('exact'),
		unit: UnitSchema,
		/** Date the figure describes (not when it was published). */
		asOf: PartialDateSchema,
		confidence: ConfidenceSchema,
		sources: SourceIdsSchema,
		/** Other values found in other sources; the top-level value is the preferred one. */
		alternatives: z.array(AlternativeValueSchema).default([]),
		/** Why `value` is preferred; required when there are alternatives. */
		preferredReason: LocalizedTextSchema.optional(),
		/** Mark the figure to show in the headline comparison. */
		headline: z.boolean().default(false),
	})
	.superRefine((f, ctx) => {
		checkPreferredReason(f, ctx);
		const allowed = METRIC_UNITS[f.metric];
		if (allowed && !allowed.includes(f.unit)) {
			ctx.addIssue({
				code: 'custom',
				path: ['unit'],
				message: `metric ${f.metric} is counted in ${allowed.join(' or ')}, not ${f.unit}`,
			});
		}
		if (f.unit === 'percent' && (f.value < 0 || f.value > 100)) {
			ctx.addIssue({ code: 'custom', path: ['value'], message: 'a percentage must be between 0 and 100' });
		}
		if (COUNT_UNITS.has(f.unit) && f.value < 0) {
			ctx.addIssue({ code: 'custom', path: ['value'], message: `a count of ${f.unit} cannot be negative` });
		}
	});
export type Figure = z.infer<typeof FigureSchema>;
export type AlternativeValue = z.infer<typeof AlternativeValueSchema>;

/**
 * The unit each scale metric must use, so that a records figure can never be filed as people
 * (or lines as people) by mistake. Metrics not listed accept any unit.
 */
export const METRIC_UNITS: Partial<Record<Metric, readonly string[]>> = {
	'records-leaked': ['records'],
	'people-affected': ['people'],
	'subscriber-lines': ['lines'],
	'eligible-customers': ['people', 'lines', 'subscribers'],
	'fraud-victims': ['people'],
	'fraud-payments': ['payments'],
	'fraud-loss': ['krw'],
	'data-volume': ['gb'],
	'imei-records': ['records'],
	'servers-scanned': ['servers'],
	'servers-infected': ['servers'],
	'malware-strains': ['malware-strains'],
	'information-categories': ['information-categories'],
	arrests: ['people'],
};

/** Units that count things and so can never be negative (money can: losses). */
export const COUNT_UNITS: ReadonlySet<string> = new Set([
	'records',
	'people',
	'lines',
	'accounts',
	'subscribers',
	'payments',
	'servers',
	'malware-strains',
	'device-ids',
	'usim-cards',
	'information-categories',
	'gb',
	'gb-per-month',
	'days',
	'months',
	'years',
	'years-of-age',
	'count',
]);
