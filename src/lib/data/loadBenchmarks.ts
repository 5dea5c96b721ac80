/**
 * Reads data/benchmarks/*.yaml, validates each case with BenchmarkSchema and runs the checks that
 * need more than one record: the file stem names the case, ids are unique (case ids across files;
 * count and item ids within a case, one namespace) and every cited source exists. Node-only.
 */
import { basename } from 'node:path';
import { BenchmarkSchema, type Benchmark } from '../../schemas/benchmark.ts';
import { checkSourceRefs, checkUniqueIds } from './crossCheck.ts';
import type { DataIssue } from './DataValidationError.ts';
import { dataReader } from './dataReader.ts';

/**
 * @param dataDir directory holding benchmarks/
 * @param rootDir directory that file names in messages are relative to
 * @param knownSourceIds every id in the bibliography (data/sources/)
 * @param issues problems are appended here as `file: field: reason`
 * @returns the cases sorted by id, or undefined when any benchmark file had a problem
 */
export function loadBenchmarks(
	dataDir: string,
	rootDir: string,
	knownSourceIds: ReadonlySet<string>,
	issues: DataIssue[],
): Benchmark[] | undefined {
	const before = issues.length;
	const files = dataReader(dataDir, rootDir, issues).readAll('benchmarks', BenchmarkSchema);

	const caseIds = new Map<string, string>();
	for (const { file, data } of files) {
		const stem = basename(file).replace(/\.ya?ml$/, '');
		if (data.id !== stem) {
			issues.push({ file, path: 'id', reason: `must equal the file name "${stem}" (found "${data.id}")` });
		}
		const first = caseIds.get(data.id);
		if (first !== undefined) issues.push({ file, path: 'id', reason: `duplicate case id "${data.id}" (also ${first})` });
		else caseIds.set(data.id, file);

		// Counts and items share one namespace so that `denominator`, `multiplier` and `partOf` are unambiguous.
		const seen = new Map<string, string>();
		checkUniqueIds(file, data.affected, (i) => ['affected', i], issues, seen);
		checkUniqueIds(file, data.remedies, (i) => ['remedies', i], issues, seen);
		checkSourceRefs(file, data, knownSourceIds, issues);
	}

	if (issues.length > before) return undefined;
	return files.map((f) => f.data).sort((a, b) => a.id.localeCompare(b.id));
}
