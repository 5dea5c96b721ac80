/**
 * The cost model's view of one incident (data/model/incidents.yaml): which remedy components its
 * package had, what the model leaves out and why, and the denominators that normalise its cost.
 */
import { z } from 'zod';
import {
	ConfidenceSchema,
	IdSchema,
	LocalizedTextSchema,
	PartialDateSchema,
	SourceIdsSchema,
} from './common.ts';

/**
 * What a denominator counts. Records, people and lines are different units (DESIGN principle 2);
 * an incident without such a count (KT has no "records leaked") simply has no entry.
 */
export const DENOMINATOR_KINDS = [
	'records-leaked',
	'people-affected',
	'subscriber-lines',
	'annual-revenue',
	'operating-profit',
] as const;
export const DenominatorKindSchema = z.enum(DENOMINATOR_KINDS);
export type DenominatorKind = z.infer<typeof DenominatorKindSchema>;

export const DenominatorSchema = z.strictObject({
	kind: DenominatorKindSchema,
	label: LocalizedTextSchema,
	definition: LocalizedTextSchema,
	value: z.number().positive('a denominator must be positive'),
	unit: z.enum(['records', 'people', 'lines', 'krw']),
	/** Date or period the value describes (`2024` for a fiscal year). */
	asOf: PartialDateSchema,
	confidence: ConfidenceSchema,
	sources: SourceIdsSchema,
	/**
	 * Id of the figure or financial record in data/incidents/<id>.yaml that holds the same number,
	 * so an integrity test can keep the two equal.
	 */
	mirrors: IdSchema,
});
export type Denominator = z.infer<typeof DenominatorSchema>;

/** Something in the package the model does not cost, with the reason. */
export const NotModelledSchema = z.strictObject({
	label: LocalizedTextSchema,
	reason: LocalizedTextSchema,
	sources: SourceIdsSchema,
});

export const ModelIncidentSchema = z
	.strictObject({
		/** Same id as data/incidents/<id>.yaml. */
		id: IdSchema,
		name: LocalizedTextSchema,
		shortName: LocalizedTextSchema,
		/** Sort order in side-by-side views. */
		order: z.number().int().nonnegative(),
		package: z.strictObject({
			label: LocalizedTextSchema,
			/** Ids of the model components (src/lib/model/components.ts) this package offered. */
			components: z.array(IdSchema).min(1),
			sources: SourceIdsSchema,
		}),
		denominators: z.array(DenominatorSchema).min(1),
		notModelled: z.array(NotModelledSchema).default([]),
	})
	.superRefine((inc, ctx) => {
		const kinds = new Set<string>();
		inc.denominators.forEach((d, i) => {
			if (kinds.has(d.kind)) {
				ctx.addIssue({ code: 'custom', path: ['denominators', i, 'kind'], message: `duplicate denominator "${d.kind}"` });
			}
			kinds.add(d.kind);
			const moneyKind = d.kind === 'annual-revenue' || d.kind === 'operating-profit';
			if (moneyKind !== (d.unit === 'krw')) {
				ctx.addIssue({ code: 'custom', path: ['denominators', i, 'unit'], message: `unit ${d.unit} does not fit ${d.kind}` });
			}
		});
		const seen = new Set<string>();
		inc.package.components.forEach((c, i) => {
			if (seen.has(c)) {
				ctx.addIssue({ code: 'custom', path: ['package', 'components', i], message: `component "${c}" listed twice` });
			}
			seen.add(c);
		});
	});
export type ModelIncident = z.infer<typeof ModelIncidentSchema>;

export const ModelIncidentFileSchema = z.array(ModelIncidentSchema).min(1);
