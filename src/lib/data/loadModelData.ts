/**
 * Reads data/model/ (incidents.yaml, parameters/*.yaml, reconciliation.yaml, tieout.yaml) and the preferred USD
 * rate from data/fx.yaml, validates each with its zod schema, and checks what spans files and code:
 * the parameters are exactly those the model's formulas read, with the units they assume; every
 * parameter has an estimate for every modelled incident; component ids exist; each sourced
 * denominator agrees with the parameter that repeats it; every cited source exists. Node-only.
 */
import { AssumptionFileSchema, type Assumption } from '../../schemas/assumption.ts';
import { FxFileSchema } from '../../schemas/fx.ts';
import type { ModelData } from '../../schemas/modelData.ts';
import { ModelIncidentFileSchema } from '../../schemas/modelIncident.ts';
import { ReconciliationFileSchema } from '../../schemas/modelReconciliation.ts';
import { TieOutFileSchema } from '../../schemas/modelTieOut.ts';
import { COMPONENTS, isComponentId } from '../model/components.ts';
import { PARAMETER_KEYS, PARAMETER_SPECS } from '../model/parameters.ts';
import { checkSourceRefs, checkUniqueIds, type FileOf } from './crossCheck.ts';
import type { DataIssue } from './DataValidationError.ts';
import { dataReader } from './dataReader.ts';

/** Parameters whose central value repeats a sourced denominator, which must stay equal. */
const DENOMINATOR_TWINS = [{ key: 'affectedPeople', kind: 'people-affected' }] as const;

/**
 * @param dataDir directory holding model/ and fx.yaml
 * @param rootDir directory that file names in messages are relative to
 * @param knownSourceIds every id in the bibliography (data/sources/)
 * @param issues problems are appended here as `file: field: reason`
 * @returns the model data, or undefined when any model file had a problem
 */
export function loadModelData(
	dataDir: string,
	rootDir: string,
	knownSourceIds: ReadonlySet<string>,
	issues: DataIssue[],
): ModelData | undefined {
	const before = issues.length;
	const { readAll, readOne } = dataReader(dataDir, rootDir, issues);
	const incidentFile = readOne('model/incidents.yaml', ModelIncidentFileSchema);
	const parameterFiles = readAll('model/parameters', AssumptionFileSchema);
	const reconciliationFile = readOne('model/reconciliation.yaml', ReconciliationFileSchema);
	const tieOutFile = readOne('model/tieout.yaml', TieOutFileSchema);
	const fxFile = readOne('fx.yaml', FxFileSchema);

	for (const f of [incidentFile, ...parameterFiles, reconciliationFile, tieOutFile]) {
		if (f) checkSourceRefs(f.file, f.data, knownSourceIds, issues);
	}
	const incidentIds = new Set<string>();
	if (incidentFile) {
		checkUniqueIds(incidentFile.file, incidentFile.data, (i) => [i], issues);
		incidentFile.data.forEach((inc, i) => {
			incidentIds.add(inc.id);
			inc.package.components.forEach((id, j) => {
				const spec = COMPONENTS.find((c) => c.id === id);
				const where = `[${i}].package.components[${j}]`;
				if (!spec) issues.push({ file: incidentFile.file, path: where, reason: `unknown component "${id}"` });
				else if (spec.scope !== 'package') {
					issues.push({ file: incidentFile.file, path: where, reason: `"${id}" is a fact of the incident, always on; do not list it` });
				}
			});
		});
	}
	// Without a valid incidents file every incident id would look unknown; report only the real problem.
	const ids = incidentFile ? incidentIds : undefined;
	const assumptions = checkParameters(parameterFiles, ids, issues);
	if (reconciliationFile) checkReconciliation(reconciliationFile, ids, issues);
	if (tieOutFile) checkTieOut(tieOutFile, ids, issues);
	if (incidentFile && assumptions) {
		for (const twin of DENOMINATOR_TWINS) {
			const param = assumptions.find((a) => a.key === twin.key)!;
			incidentFile.data.forEach((inc, i) => {
				const d = inc.denominators.findIndex((x) => x.kind === twin.kind);
				const central = param.values[inc.id]?.central;
				if (d >= 0 && central !== inc.denominators[d]!.value) {
					issues.push({
						file: incidentFile.file,
						path: `[${i}].denominators[${d}].value`,
						reason: `${inc.denominators[d]!.value} differs from parameter ${twin.key}'s central value ${central} for ${inc.id}`,
					});
				}
			});
		}
	}
	const usdRate = fxFile?.data.find((r) => r.currency === 'USD' && r.preferred);
	if (fxFile && !usdRate) issues.push({ file: fxFile.file, path: '(root)', reason: 'no preferred USD rate for the model' });

	if (issues.length > before || !incidentFile || !assumptions || !reconciliationFile || !tieOutFile || !usdRate) return undefined;
	return {
		incidents: [...incidentFile.data].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id)),
		assumptions,
		reconciliation: reconciliationFile.data,
		tieOut: tieOutFile.data,
		usdRate,
	};
}

/** Checks the parameters against the model's list and returns them in that list's order. */
function checkParameters(
	files: FileOf<Assumption[]>[],
	incidentIds: ReadonlySet<string> | undefined,
	issues: DataIssue[],
): Assumption[] | undefined {
	const byKey = new Map<string, Assumption>();
	const firstSeen = new Map<string, string>();
	for (const { file, data } of files) {
		data.forEach((a, i) => {
			const first = firstSeen.get(a.key);
			if (first) {
				issues.push({ file, path: `[${i}].key`, reason: `duplicate parameter "${a.key}" (first in ${first})` });
				return;
			}
			firstSeen.set(a.key, file);
			const spec = PARAMETER_SPECS.find((s) => s.key === a.key);
			if (!spec) {
				issues.push({ file, path: `[${i}].key`, reason: `"${a.key}" is not a parameter the model reads` });
				return;
			}
			if (spec.unit !== a.unit) {
				issues.push({ file, path: `[${i}].unit`, reason: `the model's formulas expect ${spec.unit}, found ${a.unit}` });
			}
			if (incidentIds) {
				for (const id of incidentIds) {
					if (!a.values[id]) issues.push({ file, path: `[${i}].values`, reason: `no estimate for incident "${id}"` });
				}
				for (const id of Object.keys(a.values)) {
					if (!incidentIds.has(id)) issues.push({ file, path: `[${i}].values.${id}`, reason: `"${id}" is not in model/incidents.yaml` });
				}
			}
			byKey.set(a.key, a);
		});
	}
	const missing = PARAMETER_KEYS.filter((k) => !byKey.has(k));
	if (missing.length > 0) {
		issues.push({ file: 'data/model/parameters', path: '(directory)', reason: `missing parameters: ${missing.join(', ')}` });
		return undefined;
	}
	return PARAMETER_KEYS.map((k) => byKey.get(k)!);
}

function checkReconciliation(
	{ file, data }: FileOf<ModelData['reconciliation']>,
	incidentIds: ReadonlySet<string> | undefined,
	issues: DataIssue[],
): void {
	checkUniqueIds(file, data, (i) => [i], issues);
	data.forEach((row, i) => {
		if (incidentIds && !incidentIds.has(row.incident)) {
			issues.push({ file, path: `[${i}].incident`, reason: `"${row.incident}" is not in model/incidents.yaml` });
		}
		const m = row.measure;
		const ids = m.kind === 'components' ? m.components : [];
		ids.forEach((id, j) => {
			if (!isComponentId(id)) issues.push({ file, path: `[${i}].measure`, reason: `unknown component "${id}" (item ${j})` });
		});
	});
}

/** Tie-out rows name known incidents and components; month phasing only for components that run over months. */
function checkTieOut({ file, data }: FileOf<ModelData['tieOut']>, incidentIds: ReadonlySet<string> | undefined, issues: DataIssue[]): void {
	const seen = new Set<string>();
	data.reported.forEach((r, i) => {
		if (incidentIds && !incidentIds.has(r.incident)) {
			issues.push({ file, path: `reported[${i}].incident`, reason: `"${r.incident}" is not in model/incidents.yaml` });
		}
		const key = `${r.incident} ${r.quarter}`;
		if (seen.has(key)) issues.push({ file, path: `reported[${i}].quarter`, reason: `${key} reported twice` });
		seen.add(key);
	});
	const phased = new Set<string>();
	data.phasing.forEach((ph, i) => {
		if (incidentIds && !incidentIds.has(ph.incident)) {
			issues.push({ file, path: `phasing[${i}].incident`, reason: `"${ph.incident}" is not in model/incidents.yaml` });
		}
		const spec = COMPONENTS.find((c) => c.id === ph.component);
		if (!spec) issues.push({ file, path: `phasing[${i}].component`, reason: `unknown component "${ph.component}"` });
		else if (ph.months && !('perMonth' in spec)) {
			issues.push({ file, path: `phasing[${i}].months`, reason: `"${ph.component}" has no monthly margin; phase it by shares` });
		}
		const key = `${ph.incident} ${ph.component}`;
		if (phased.has(key)) issues.push({ file, path: `phasing[${i}].component`, reason: `${key} phased twice` });
		phased.add(key);
	});
}
