/** JSON Schema documents generated from the zod schemas (the data contract, published on /data/). */
import { z } from 'zod';
import { CorrectionFileSchema } from '../../schemas/correction.ts';
import { FxFileSchema } from '../../schemas/fx.ts';
import { IncidentSchema } from '../../schemas/incident.ts';
import { SourceFileSchema } from '../../schemas/source.ts';

export const JSON_SCHEMAS: Record<string, z.ZodType> = {
	incident: IncidentSchema,
	sources: SourceFileSchema,
	fx: FxFileSchema,
	corrections: CorrectionFileSchema,
};

export function jsonSchema(name: string): unknown {
	// `input` describes the files as written (defaults optional); refinements cannot be expressed and are listed on /data/.
	return z.toJSONSchema(JSON_SCHEMAS[name]!, { io: 'input', unrepresentable: 'any' });
}
