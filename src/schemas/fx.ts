/** Exchange rates (data/fx.yaml). An amount is converted only with a sourced rate for its currency. */
import { z } from 'zod';
import { ConfidenceSchema, IdSchema, LocalizedTextSchema, PartialDateSchema, SourceIdsSchema } from './common.ts';

/** ISO 4217 currency codes used in the data. */
export const CurrencySchema = z.string().regex(/^[A-Z]{3}$/, 'must be a 3-letter ISO 4217 code such as USD');

export const FxRateSchema = z.strictObject({
	id: IdSchema,
	/** The foreign currency, priced in KRW. */
	currency: CurrencySchema,
	/** KRW per one unit of `currency` (per 100 for JPY is NOT used: always per 1 unit). */
	krwPerUnit: z.number().positive('an exchange rate must be positive'),
	/** Period the rate averages, e.g. `2025` for an annual average. */
	period: PartialDateSchema,
	description: LocalizedTextSchema,
	confidence: ConfidenceSchema,
	sources: SourceIdsSchema,
	/** The rate used for conversions of this currency; exactly one per currency. */
	preferred: z.boolean().default(false),
});
export const FxFileSchema = z.array(FxRateSchema).min(1);
export type FxRate = z.infer<typeof FxRateSchema>;
