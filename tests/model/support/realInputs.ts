/** The real data/model, loaded once through the same loader the site uses. */
import { formatIssue, type DataIssue } from '../../../src/lib/data/DataValidationError.ts';
import { loadSourceIds } from '../../../src/lib/data/loadDataset.ts';
import { loadModelData } from '../../../src/lib/data/loadModelData.ts';
import { toModelInputs, type ModelInputs } from '../../../src/lib/model/index.ts';
import type { ModelData } from '../../../src/schemas/modelData.ts';

let cached: { data: ModelData; inputs: ModelInputs } | undefined;

export function realModel(): { data: ModelData; inputs: ModelInputs } {
	if (cached) return cached;
	const issues: DataIssue[] = [];
	const data = loadModelData('data', process.cwd(), loadSourceIds('data', process.cwd()), issues);
	if (!data) throw new Error(`data/model did not load:\n${issues.map(formatIssue).join('\n')}`);
	cached = { data, inputs: toModelInputs(data) };
	return cached;
}

/** Relative closeness for floats that went through different orders of multiplication. */
export function expectClose(actual: number, expected: number, relative = 1e-9): void {
	const tolerance = Math.max(Math.abs(expected) * relative, 1e-9);
	if (!(Math.abs(actual - expected) <= tolerance)) {
		throw new Error(`expected ${actual} to be within ${tolerance} of ${expected}`);
	}
}
