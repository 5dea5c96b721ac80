/**
 * The validation edge: reads every file in data/, validates each with its zod schema, runs the
 * cross-file checks, and either returns typed data or throws one DataValidationError listing every
 * problem as `file: field: reason`. Node-only (reads the file system); used at build time and in tests.
 */
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { CorrectionFileSchema, type Correction } from '../../schemas/correction.ts';
import { FxFileSchema, type FxRate } from '../../schemas/fx.ts';
import { IncidentSchema, type Incident } from '../../schemas/incident.ts';
import { SourceFileSchema, type Source } from '../../schemas/source.ts';
import type { Benchmark } from '../../schemas/benchmark.ts';
import { loadBenchmarks } from './loadBenchmarks.ts';
import { loadModelData } from './loadModelData.ts';
import type { ModelData } from '../../schemas/modelData.ts';
import {
	checkCorrections,
	checkModelMirrors,
	checkFx,
	checkIncident,
	checkSourceRefs,
	sourceIdSet,
	type FileOf,
} from './crossCheck.ts';
import { DataValidationError, type DataIssue } from './DataValidationError.ts';
import { dataReader } from './dataReader.ts';

export interface Dataset {
	sources: Source[];
	sourceById: ReadonlyMap<string, Source>;
	/** Sorted by `order`. */
	incidents: Incident[];
	fx: FxRate[];
	corrections: Correction[];
	/** Other breaches' remedies, for the "is that a lot?" comparison; sorted by id. */
	benchmarks: Benchmark[];
	/** Cost-model assumptions; absent only when the data directory has no model/ (test fixtures). */
	model: ModelData | undefined;
}

/** Project-relative data directory used by the site build; tests point DATA_DIR at fixtures. */
const DEFAULT_DATA_DIR = process.env['DATA_DIR'] ?? 'data';

/**
 * @param dataDir directory holding sources/, incidents/, fx.yaml and corrections.yaml
 * @param rootDir directory that file names in messages are relative to
 */
export function loadDataset(dataDir: string = DEFAULT_DATA_DIR, rootDir: string = process.cwd()): Dataset {
	const issues: DataIssue[] = [];
	const { readAll, readOne, relPath } = dataReader(dataDir, rootDir, issues);

	const sourceFiles = readAll('sources', SourceFileSchema);
	const incidentFiles = readAll('incidents', IncidentSchema);
	const fxFile = readOne('fx.yaml', FxFileSchema);
	const correctionFile = readOne('corrections.yaml', CorrectionFileSchema);

	const known = sourceIdSet(sourceFiles, issues);
	const everyFile: FileOf<unknown>[] = [...incidentFiles, ...(fxFile ? [fxFile] : []), ...(correctionFile ? [correctionFile] : [])];
	for (const f of everyFile) checkSourceRefs(f.file, f.data, known, issues);
	for (const f of incidentFiles) checkIncident(f, basename(f.file).replace(/\.ya?ml$/, ''), issues);
	const incidentIds = new Map<string, string>();
	for (const f of incidentFiles) {
		const first = incidentIds.get(f.data.id);
		if (first) issues.push({ file: f.file, path: 'id', reason: `duplicate incident id "${f.data.id}" (also ${first})` });
		else incidentIds.set(f.data.id, f.file);
	}
	if (fxFile) checkFx(fxFile, issues);
	const benchmarks = loadBenchmarks(dataDir, rootDir, known, issues);
	if (correctionFile) checkCorrections(correctionFile, incidentFiles.map((f) => f.data), issues, benchmarks ?? []);
	const hasModel = existsSync(resolve(rootDir, dataDir, 'model'));
	const model = hasModel ? loadModelData(dataDir, rootDir, known, issues) : undefined;
	if (model) checkModelMirrors(model, incidentFiles.map((f) => f.data), relPath('model/incidents.yaml'), issues);

	if (issues.length > 0) throw new DataValidationError(issues);

	const sources = sourceFiles.flatMap((f) => f.data);
	return {
		sources,
		sourceById: new Map(sources.map((s) => [s.id, s])),
		incidents: incidentFiles.map((f) => f.data).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id)),
		fx: fxFile!.data,
		corrections: correctionFile!.data,
		benchmarks: benchmarks!,
		model,
	};
}

/** The set of source ids in data/sources/ (throws DataValidationError if the bibliography is invalid). */
export function loadSourceIds(dataDir: string = DEFAULT_DATA_DIR, rootDir: string = process.cwd()): Set<string> {
	const issues: DataIssue[] = [];
	const files = dataReader(dataDir, rootDir, issues).readAll('sources', SourceFileSchema);
	const ids = sourceIdSet(files, issues);
	if (issues.length > 0) throw new DataValidationError(issues);
	return ids;
}
