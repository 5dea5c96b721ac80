/**
 * Checks that span files: every cited source id exists, ids are unique, windows and corrections
 * point at real records. Runs after each file has passed its own schema.
 */
import type { Benchmark } from '../../schemas/benchmark.ts';
import type { Correction } from '../../schemas/correction.ts';
import type { Financial } from '../../schemas/financial.ts';
import type { FxRate } from '../../schemas/fx.ts';
import type { Incident } from '../../schemas/incident.ts';
import type { Source } from '../../schemas/source.ts';
import type { ModelData } from '../../schemas/modelData.ts';
import type { DataIssue } from './DataValidationError.ts';
import { formatPath } from './DataValidationError.ts';
import { forEachSourceRef } from './sourceRefs.ts';

export interface FileOf<T> {
	file: string;
	data: T;
}

/** Reports each cited source id that is not in the bibliography. */
export function checkSourceRefs(file: string, value: unknown, known: ReadonlySet<string>, issues: DataIssue[]): void {
	forEachSourceRef(value, (id, path) => {
		if (!known.has(id)) issues.push({ file, path: formatPath(path), reason: `unknown source id "${id}"` });
	});
}

/** Reports ids that occur more than once in a list, naming the later occurrence. */
export function checkUniqueIds(
	file: string,
	items: readonly { id: string }[],
	pathOf: (index: number) => PropertyKey[],
	issues: DataIssue[],
	seen: Map<string, string> = new Map(),
): void {
	items.forEach((item, i) => {
		const where = formatPath(pathOf(i));
		const first = seen.get(item.id);
		if (first !== undefined) {
			issues.push({ file, path: `${where}.id`, reason: `duplicate id "${item.id}" (first used at ${first})` });
		} else {
			seen.set(item.id, `${file}: ${where}`);
		}
	});
}

export function checkIncident({ file, data }: FileOf<Incident>, stem: string, issues: DataIssue[]): void {
	if (data.id !== stem) {
		issues.push({ file, path: 'id', reason: `must equal the file name "${stem}" (found "${data.id}")` });
	}
	// One id namespace per incident, so a correction can target `<incident>/<id>` unambiguously.
	const seen = new Map<string, string>();
	for (const section of ['figures', 'events', 'remedies', 'outcomes', 'financials'] as const) {
		checkUniqueIds(file, data[section], (i) => [section, i], issues, seen);
	}
	if (!data.events.some((e) => e.kind === 'disclosure' && e.date === data.disclosureDate)) {
		issues.push({
			file,
			path: 'disclosureDate',
			reason: `no event of kind "disclosure" is dated ${data.disclosureDate}`,
		});
	}
	const preferredKeys = new Map<string, number>();
	data.outcomes.forEach((o, i) => {
		if (!o.preferred) return;
		const key = `${o.kind}/${o.period}/${o.basis.measure}/${o.basis.mvno}`;
		const prev = preferredKeys.get(key);
		if (prev !== undefined) {
			issues.push({
				file,
				path: `outcomes[${i}].preferred`,
				reason: `outcomes[${prev}] is already preferred for ${key}`,
			});
		}
		preferredKeys.set(key, i);
	});
}

export function checkFx({ file, data }: FileOf<FxRate[]>, issues: DataIssue[]): void {
	checkUniqueIds(file, data, (i) => [i], issues);
	const preferred = new Map<string, number>();
	data.forEach((r, i) => {
		if (!r.preferred) return;
		if (preferred.has(r.currency)) {
			issues.push({ file, path: `[${i}].preferred`, reason: `${r.currency} already has a preferred rate` });
		}
		preferred.set(r.currency, i);
	});
	for (const currency of new Set(data.map((r) => r.currency))) {
		if (!preferred.has(currency)) {
			issues.push({ file, path: '(root)', reason: `currency ${currency} has no rate marked preferred` });
		}
	}
}

/** A correction names a record of an incident or, for other breaches, an affected count or remedy item of a benchmark. */
export function checkCorrections(
	{ file, data }: FileOf<Correction[]>,
	incidents: readonly Incident[],
	issues: DataIssue[],
	benchmarks: readonly Benchmark[] = [],
): void {
	checkUniqueIds(file, data, (i) => [i], issues);
	const targets = new Set<string>();
	for (const inc of incidents) {
		for (const section of [inc.figures, inc.events, inc.remedies, inc.outcomes, inc.financials]) {
			for (const r of section) targets.add(`${inc.id}/${r.id}`);
		}
	}
	for (const b of benchmarks) {
		for (const r of [...b.affected, ...b.remedies]) targets.add(`${b.id}/${r.id}`);
	}
	data.forEach((c, i) => {
		if (!targets.has(c.target)) {
			issues.push({ file, path: `[${i}].target`, reason: `"${c.target}" does not name an existing record` });
		}
	});
}

export function sourceIdSet(files: readonly FileOf<Source[]>[], issues: DataIssue[]): Set<string> {
	const seen = new Map<string, string>();
	for (const { file, data } of files) checkUniqueIds(file, data, (i) => [i], issues, seen);
	return new Set(seen.keys());
}

/**
 * The date a financial record describes, written the way a denominator's `asOf` is: a fiscal year
 * is `2024`; a quarter, half or nine months ends in its last month (`2025-06`, `2025-09`).
 */
export function financialAsOf(period: Financial['period']): string {
	const [year, part] = period.split('-') as [string, string];
	const lastMonth: Record<string, string> = { Q1: '03', Q2: '06', Q3: '09', Q4: '12', H1: '06', '9M': '09' };
	return part === 'FY' ? year : `${year}-${lastMonth[part]}`;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
	a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');

/**
 * The model repeats some incident figures as denominators (per person, per line, % of revenue);
 * each names the record it mirrors, and the two must be the same number in every respect a reader
 * sees (value, unit, date, confidence and sources), so a page never shows two versions of it, e.g.
 * lines at different months or a fiscal year's profit under another year's date.
 */
export function checkModelMirrors(model: ModelData, incidents: readonly Incident[], file: string, issues: DataIssue[]): void {
	model.incidents.forEach((mi, i) => {
		const inc = incidents.find((x) => x.id === mi.id);
		if (!inc) {
			issues.push({ file, path: `[${i}].id`, reason: `"${mi.id}" is not an incident in data/incidents/` });
			return;
		}
		mi.denominators.forEach((d, j) => {
			const path = `[${i}].denominators[${j}]`;
			const figure = inc.figures.find((r) => r.id === d.mirrors);
			const financial = inc.financials.find((r) => r.id === d.mirrors);
			const record = figure ?? financial;
			if (!record) {
				issues.push({ file, path: `${path}.mirrors`, reason: `"${d.mirrors}" is not a figure or financial of ${inc.id}` });
				return;
			}
			const target = `${inc.id}/${d.mirrors}`;
			const asOf = figure ? String(figure.asOf) : financialAsOf(financial!.period);
			const differs = (field: string, mine: unknown, theirs: unknown) =>
				issues.push({ file, path: `${path}.${field}`, reason: `${String(mine)} differs from ${target} (${String(theirs)})` });
			if (record.value !== d.value) differs('value', d.value, record.value);
			if (record.unit !== d.unit) differs('unit', d.unit, record.unit);
			if (String(d.asOf) !== asOf) differs('asOf', d.asOf, asOf);
			if (record.confidence !== d.confidence) differs('confidence', d.confidence, record.confidence);
			if (!sameSet(record.sources, d.sources)) differs('sources', `[${d.sources.join(', ')}]`, `[${record.sources.join(', ')}]`);
		});
	});
}
