/** JSON Schema documents generated from the zod schemas (the data contract, published on /data/). */
import { z } from 'zod';
import { CorrectionFileSchema } from '../../schemas/correction.ts';
import { FxFileSchema } from '../../schemas/fx.ts';
import { IncidentSchema } from '../../schemas/incident.ts';
import { SourceFileSchema } from '../../schemas/source.ts';
import { BenchmarkSchema } from '../../schemas/benchmark.ts';
import { AssumptionFileSchema } from '../../schemas/assumption.ts';
import { ModelIncidentFileSchema } from '../../schemas/modelIncident.ts';
import { ReconciliationFileSchema } from '../../schemas/modelReconciliation.ts';
import { ModelResultsSchema } from '../../schemas/modelResults.ts';

export const JSON_SCHEMAS: Record<string, z.ZodType> = {
	incident: IncidentSchema,
	sources: SourceFileSchema,
	fx: FxFileSchema,
	corrections: CorrectionFileSchema,
	benchmark: BenchmarkSchema,
	'model-parameters': AssumptionFileSchema,
	'model-incidents': ModelIncidentFileSchema,
	'model-reconciliation': ReconciliationFileSchema,
	'model-results': ModelResultsSchema,
};

export function jsonSchema(name: string): unknown {
	// `input` describes the files as written (defaults optional); refinements cannot be expressed and are listed on /data/.
	return z.toJSONSchema(JSON_SCHEMAS[name]!, { io: 'input', unrepresentable: 'any' });
}
