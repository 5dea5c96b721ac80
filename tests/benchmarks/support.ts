/** Shared helpers for the benchmark tests: fixture copies, loading, and the fx table. */
import { FxFileSchema } from '../../src/schemas/fx.ts';
import { formatIssue, type DataIssue } from '../../src/lib/data/DataValidationError.ts';
import { loadBenchmarks } from '../../src/lib/data/loadBenchmarks.ts';
import { dataReader } from '../../src/lib/data/dataReader.ts';
import { loadSourceIds } from '../../src/lib/data/loadDataset.ts';
import { preferredRates, type FxTable } from '../../src/lib/benchmarks/fxTable.ts';
import type { Benchmark } from '../../src/schemas/benchmark.ts';
import { copyFixture } from '../support/fixtureData.ts';

export const BENCH_FIXTURE = 'tests/benchmarks/fixtures/data';
export const FIXTURE_CASE = 'benchmarks/ex-bench-2020.yaml';

/** A fresh temp copy of the benchmark fixture; returns the root that contains `data/`. */
export function copyBenchFixture(): string {
	return copyFixture(BENCH_FIXTURE);
}

/** Loads benchmarks under `root/data`, checking sources against that directory's bibliography. */
export function load(root: string): { cases: Benchmark[] | undefined; messages: string[] } {
	const issues: DataIssue[] = [];
	const cases = loadBenchmarks('data', root, loadSourceIds('data', root), issues);
	return { cases, messages: issues.map(formatIssue) };
}

/** Loads benchmarks that must be valid. */
export function loadValid(root: string): Benchmark[] {
	const { cases, messages } = load(root);
	if (!cases) throw new Error(`expected valid benchmarks:\n${messages.join('\n')}`);
	return cases;
}

/** The preferred sourced rates of `<root>/<dataDir>/fx.yaml`. */
export function fxTableOf(dataDir: string, root: string): FxTable {
	const issues: DataIssue[] = [];
	const fx = dataReader(dataDir, root, issues).readOne('fx.yaml', FxFileSchema);
	if (!fx) throw new Error(issues.map(formatIssue).join('\n'));
	return preferredRates(fx.data);
}
