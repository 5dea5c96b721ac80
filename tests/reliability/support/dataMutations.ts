/**
 * Generates bad-input cases from the real data files: each case is one file of data/ rewritten with
 * one defect, plus the place the loader must name (a field path, or a line for syntax errors).
 *
 * Every operator is designed so its result is invalid whatever the file holds (a number becomes the
 * text "not-a-number", a required key goes, a window's start passes its end…); the fuzz fails when
 * one is accepted, because then either the operator or the schema is wrong. Structured operators
 * edit the parsed YAML and write it back with `yaml.stringify`; syntax operators edit the raw text,
 * at positions found from the YAML syntax tree so that they hit real keys, not text inside strings.
 */
import { COUNT_UNITS } from '../../../src/schemas/figure.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, isMap, isScalar, isSeq, parse, parseDocument, stringify, visit, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { cloneData, deleteAt, fieldPath, getAt, isObj, setAt, sitesOf, type Obj, type Path, type Site } from './dataTree.ts';
import type { SeededRandom } from './seededRandom.ts';

export const FAMILIES = [
	'sources',
	'incidents',
	'fx',
	'corrections',
	'model/incidents',
	'model/parameters',
	'model/reconciliation',
	'benchmarks',
] as const;
export type Family = (typeof FAMILIES)[number];

export const STRUCTURED_OPERATORS = [
	'number-to-string',
	'non-finite-number',
	'string-to-number',
	'bool-to-string',
	'object-to-array',
	'array-to-object',
	'remove-required',
	'unknown-key',
	'bad-value',
	'unknown-source',
	'dangling-reference',
	'negative-count',
	'reversed-window',
	'impossible-date',
	'impossible-time',
	'duplicate-id',
] as const;
export const SYNTAX_OPERATORS = [
	'unclosed-bracket',
	'bad-indentation',
	'tab-indentation',
	'duplicate-key',
	'broken-flow-mapping',
	'unclosed-quote',
	'unresolved-alias',
	'alias-bomb',
] as const;
export type Operator = (typeof STRUCTURED_OPERATORS)[number] | (typeof SYNTAX_OPERATORS)[number];

export type Expectation =
	/** The message must name this field path, an ancestor of it (a union, a strict object) or a child. */
	| { kind: 'field'; path: string }
	/** The message must give `(line N, column M)` with N ≥ fromLine (N = fromLine when exact). */
	| { kind: 'syntax'; fromLine: number; exact: boolean };

export interface Mutation {
	family: Family;
	/** Relative to data/, e.g. `incidents/skt-2025.yaml`. */
	file: string;
	operator: Operator;
	/** What was changed, for the test name. */
	what: string;
	/** The whole mutated file. */
	text: string;
	expect: Expectation;
}

/** One file of data/ as the generator sees it. */
export interface DataFile {
	family: Family;
	file: string;
	/** The text mutations start from (the real file; for the empty corrections log, a one-entry log). */
	base: string;
}

/** Lists every data file with its family, in a stable order. */
export function dataFiles(dataDir: string): DataFile[] {
	const list = (sub: string) =>
		readdirSync(join(dataDir, sub))
			.filter((f) => f.endsWith('.yaml'))
			.sort()
			.map((f) => `${sub}/${f}`);
	const read = (file: string) => readFileSync(join(dataDir, file), 'utf8');
	const files: DataFile[] = [
		...list('sources').map((file) => ({ family: 'sources' as const, file, base: read(file) })),
		...list('incidents').map((file) => ({ family: 'incidents' as const, file, base: read(file) })),
		{ family: 'fx', file: 'fx.yaml', base: read('fx.yaml') },
		{ family: 'corrections', file: 'corrections.yaml', base: correctionsBase(dataDir) },
		{ family: 'model/incidents', file: 'model/incidents.yaml', base: read('model/incidents.yaml') },
		...list('model/parameters').map((file) => ({ family: 'model/parameters' as const, file, base: read(file) })),
		{ family: 'model/reconciliation', file: 'model/reconciliation.yaml', base: read('model/reconciliation.yaml') },
		...list('benchmarks').map((file) => ({ family: 'benchmarks' as const, file, base: read(file) })),
	];
	return files;
}

/**
 * The real corrections log is empty, which leaves nothing to break; mutations start from a log with
 * one valid correction of a real figure instead (the fuzz checks that this log is accepted).
 */
export function correctionsBase(dataDir: string): string {
	const incident = parse(readFileSync(join(dataDir, 'incidents/skt-2025.yaml'), 'utf8')) as Obj;
	const figure = (incident['figures'] as Obj[])[0]!;
	const sources = parse(readFileSync(join(dataDir, 'sources/skt.yaml'), 'utf8')) as Obj[];
	return stringify([
		{
			id: 'fuzz-correction',
			date: '2025-09-01',
			target: `${String(incident['id'])}/${String(figure['id'])}`,
			field: 'value',
			oldValue: { value: 1, unit: 'count' },
			newValue: { value: 2, unit: 'count' },
			reason: { ko: '시험용 정정', en: 'A test correction' },
			sources: [String(sources[0]!['id'])],
		},
	]);
}

/** Cross-file facts some operators need: ids defined in files that the loader reads earlier. */
export interface Context {
	/** For sources/benchmarks/parameters: ids (or parameter keys) in files that sort before this one. */
	earlierIds: string[];
	/** The file is the first of its family (operators with one root cause run only there). */
	firstOfFamily: boolean;
}

interface Candidate {
	what: string;
	/** Mutates (a clone of) the parsed file and returns the new root. */
	apply: (root: unknown) => unknown;
	path: Path;
}

// ---------------------------------------------------------------------------------------------
// Structured operators

/** Keys whose absence is allowed somewhere (optional or defaulted); `isRequired` decides by context. */
const OPTIONAL_KEYS = new Set([
	'qualifier',
	'alternatives',
	'preferredReason',
	'headline',
	'dateShown',
	'publisherName', // optional in the schema; tests/data/sources.test.ts requires it of the real bibliography
	'note',
	'endDate',
	'time',
	'detail',
	'parameters',
	'announcedValue',
	'outcomes',
	'financials',
	'daily',
	'preferred',
	'years',
	'upper',
	'primary',
	'primaryReason',
	'amount',
	'multiplier',
	'denominator',
	'partOf',
	'jurisdiction',
	'stated',
	'press',
	'notModelled',
	'breachYearQualifier',
	'breachYearEnd',
	'disclosed',
	'comparability',
	'comparabilityNote',
	'notes',
]);

/** Whether the data contract requires `key` in `parent` (written from the README and schema docs). */
function isRequired(family: Family, key: string, parent: Obj): boolean {
	if (OPTIONAL_KEYS.has(key)) return false;
	// An assumption's basis and a reconciliation row may cite no sources; everything else must.
	if (key === 'sources') return !(parent['kind'] === 'assumption' || 'measure' in parent);
	// A figure and a model denominator need an as-of date; a benchmark's affected count need not.
	if (key === 'asOf') return 'metric' in parent || 'mirrors' in parent;
	// Outcomes need their window; a remedy's window is optional.
	if (key === 'window') return 'period' in parent;
	// Benchmark items are dated only when the sources date them.
	if (key === 'date') return family !== 'benchmarks';
	// A benchmark amount's basis defaults to `total`.
	if (key === 'basis') return !('currency' in parent);
	// A benchmark item's scope defaults; an announced value's scope (its words) is required.
	if (key === 'scope') return family === 'incidents';
	return true;
}

const ID_KEYS = new Set(['id', 'key', 'mirrors', 'incident', 'component', 'denominator', 'partOf', 'affected']);
const CLOSED_SET_KEYS = new Set([
	'kind',
	'language',
	'confidence',
	'unit',
	'qualifier',
	'status',
	'metric',
	'audience',
	'sector',
	'type',
	'scope',
	'currency',
	'country',
	'period',
	'measure',
	'mvno',
	'comparability',
	'breachYearQualifier',
	'basis',
	'part',
	'target',
]);
const DATE_KEYS = new Set(['date', 'endDate', 'start', 'end', 'asOf', 'published', 'period', 'disclosed', 'disclosureDate']);

/** Units that count things (never negative); money may be negative (a loss). */
const COUNTED_UNITS = COUNT_UNITS;

const lastKey = (p: Path): string | undefined => {
	const k = p[p.length - 1];
	return typeof k === 'string' ? k : undefined;
};
const leaves = (root: unknown, type: 'number' | 'string' | 'boolean') => sitesOf(root).filter((s) => typeof s.value === type);
const objects = (root: unknown) => sitesOf(root).filter((s): s is Site & { value: Obj } => isObj(s.value));
const set = (path: Path, value: unknown) => (root: unknown) => setAt(root, path, value);
const show = (v: unknown) => JSON.stringify(v)?.slice(0, 40);

function dayBefore(iso: string): string {
	const d = new Date(`${iso}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() - 1);
	return d.toISOString().slice(0, 10);
}

/** A key that no schema knows: a misspelling of a key already there, or a stray one. */
function strayKey(obj: Obj, rng: SeededRandom): string {
	const keys = Object.keys(obj);
	const base = keys.length > 0 ? rng.pick(keys) : 'value';
	const options = [`${base}_`, `${base}Typo`, `x-${base}`, 'comment', 'todo'];
	return rng.pick(options.filter((k) => !(k in obj)));
}

type StructuredOp = (root: unknown, family: Family, ctx: Context, rng: SeededRandom) => Candidate[];

const STRUCTURED: Record<(typeof STRUCTURED_OPERATORS)[number], StructuredOp> = {
	'number-to-string': (root) =>
		leaves(root, 'number').map((s) => ({ what: `${fieldPath(s.path)}: ${show(s.value)} → "not-a-number"`, apply: set(s.path, 'not-a-number'), path: s.path })),

	'non-finite-number': (root, _family, _ctx, rng) =>
		leaves(root, 'number').map((s) => {
			const v = rng.pick([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]);
			return { what: `${fieldPath(s.path)}: ${show(s.value)} → ${String(v)} (.nan / .inf)`, apply: set(s.path, v), path: s.path };
		}),

	'string-to-number': (root) =>
		leaves(root, 'string').map((s) => ({ what: `${fieldPath(s.path)}: ${show(s.value)} → 12.5`, apply: set(s.path, 12.5), path: s.path })),

	'bool-to-string': (root) =>
		leaves(root, 'boolean').map((s) => ({ what: `${fieldPath(s.path)}: ${show(s.value)} → "${String(s.value)}"`, apply: set(s.path, String(s.value)), path: s.path })),

	'object-to-array': (root) =>
		objects(root)
			.filter((s) => s.path.length > 0)
			.map((s) => ({ what: `${fieldPath(s.path)}: object → array of its values`, apply: set(s.path, Object.values(s.value)), path: s.path })),

	'array-to-object': (root) =>
		sitesOf(root)
			.filter((s) => Array.isArray(s.value))
			.map((s) => ({
				what: `${fieldPath(s.path)}: array → object`,
				apply: set(s.path, Object.fromEntries((s.value as unknown[]).map((v, i) => [`item${i}`, v]))),
				path: s.path,
			})),

	'remove-required': (root, family) =>
		objects(root).flatMap((s) =>
			Object.keys(s.value)
				.filter((k) => isRequired(family, k, s.value))
				.map((k) => {
					const path = [...s.path, k];
					return { what: `${fieldPath(path)} removed`, apply: (r: unknown) => deleteAt(r, path), path };
				}),
		),

	'unknown-key': (root, _family, _ctx, rng) =>
		objects(root).map((s) => {
			const key = strayKey(s.value, rng);
			const path = [...s.path, key];
			return { what: `${fieldPath(path)} added`, apply: set(path, 1), path };
		}),

	'bad-value': (root) =>
		leaves(root, 'string').flatMap((s) => {
			const key = lastKey(s.path);
			if (key === undefined) return [];
			let bad: string | undefined;
			if (ID_KEYS.has(key)) bad = 'Not_Kebab';
			else if (key === 'url') bad = 'javascript:alert(1)';
			else if (key === 'time') bad = '25:61';
			else if (CLOSED_SET_KEYS.has(key) && !DATE_KEYS.has(key)) bad = 'bogus-value';
			else if (key === 'period' && !/^\d{4}(-\d{2}){0,2}$/.test(s.value as string)) bad = 'bogus-value';
			if (bad === undefined || bad === s.value) return [];
			return [{ what: `${fieldPath(s.path)}: ${show(s.value)} → "${bad}"`, apply: set(s.path, bad), path: s.path }];
		}),

	'unknown-source': (root) =>
		sitesOf(root)
			.filter((s) => lastKey(s.path.slice(0, -1)) === 'sources' && typeof s.value === 'string')
			.map((s, i) => ({ what: `${fieldPath(s.path)}: ${show(s.value)} → unknown id`, apply: set(s.path, `no-such-source-${i}`), path: s.path })),

	'dangling-reference': (root, family) => {
		const out: Candidate[] = [];
		for (const s of sitesOf(root)) {
			const key = lastKey(s.path);
			const parentKey = lastKey(s.path.slice(0, -1));
			let to: string | undefined;
			if (typeof s.value !== 'string') {
				// A parameter's estimates are keyed by incident id: rename one to an unknown incident.
				if (family === 'model/parameters' && lastKey(s.path.slice(0, -1)) === 'values' && isObj(s.value)) {
					const from = s.path.slice(0, -1);
					const oldKey = String(s.path[s.path.length - 1]);
					out.push({
						what: `${fieldPath(s.path)} renamed to no-such-incident`,
						apply: (r) => {
							const values = getAt(r, from) as Obj;
							values['no-such-incident'] = values[oldKey];
							delete values[oldKey];
							return r;
						},
						path: [...from, 'no-such-incident'],
					});
				}
				continue;
			}
			if (family === 'corrections' && key === 'target') to = `${s.value.split('/')[0]}/no-such-record`;
			else if (family === 'model/incidents' && key === 'mirrors') to = 'no-such-record';
			else if (family === 'model/incidents' && key === 'id' && s.path.length === 2) to = 'no-such-incident';
			else if ((family === 'model/incidents' || family === 'model/reconciliation') && parentKey === 'components') to = 'no-such-component';
			else if (family === 'model/reconciliation' && (key === 'incident' || key === 'component')) to = key === 'incident' ? 'no-such-incident' : 'no-such-component';
			else if (family === 'benchmarks' && (key === 'partOf' || key === 'denominator' || (key === 'affected' && parentKey === 'multiplier'))) to = 'no-such-item';
			if (to !== undefined) out.push({ what: `${fieldPath(s.path)}: ${show(s.value)} → "${to}"`, apply: set(s.path, to), path: s.path });
		}
		return out;
	},

	'negative-count': (root, family) =>
		leaves(root, 'number')
			.filter((s) => mustBeNonNegative(family, s, root))
			.map((s) => {
				const v = -(Math.abs(s.value as number) + 1);
				return { what: `${fieldPath(s.path)}: ${show(s.value)} → ${v}`, apply: set(s.path, v), path: s.path };
			}),

	'reversed-window': (root, family) => reversals(root, family),

	'impossible-date': (root, _family, _ctx, rng) =>
		sitesOf(root).flatMap((s) => {
			const key = lastKey(s.path);
			if (key === undefined || !DATE_KEYS.has(key)) return [];
			const v = s.value;
			let bad: string | undefined;
			if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
				const y = v.slice(0, 4);
				bad = rng.pick([`${y}-02-30`, `${y}-04-31`, `${y}-06-31`, `${y}-13-01`, `${y}-00-10`, `${y}-01-32`, '2025-02-29', '2023-02-29']);
			} else if (typeof v === 'string' && /^\d{4}-\d{2}$/.test(v)) bad = `${v.slice(0, 4)}-${rng.pick(['13', '00'])}`;
			else if ((typeof v === 'number' && Number.isInteger(v)) || (typeof v === 'string' && /^\d{4}$/.test(v))) bad = `${String(v)}-13`;
			if (bad === undefined) return [];
			return [{ what: `${fieldPath(s.path)}: ${show(v)} → ${bad}`, apply: set(s.path, bad), path: s.path }];
		}),

	// An event's local time: none of these is a time of day (24:30 only once, the others are one rule each).
	'impossible-time': (root, _family, ctx) =>
		sitesOf(root)
			.filter((s) => lastKey(s.path) === 'time' && typeof s.value === 'string')
			.map((s, i) => {
				const bad = i === 0 && ctx.firstOfFamily ? '24:30' : ['25:00', '12:60', '9:5', '1200'][i % 4]!;
				return { what: `${fieldPath(s.path)}: ${show(s.value)} → ${bad}`, apply: set(s.path, bad), path: s.path };
			}),

	'duplicate-id': (root, family, ctx, rng) => duplicates(root, family, ctx, rng),
};

/** Numbers the data contract says can never be negative. */
function mustBeNonNegative(family: Family, s: Site, root: unknown): boolean {
	const key = lastKey(s.path);
	const parent = isObj(s.parent) ? s.parent : undefined;
	const within = (k: string) => s.path.includes(k);
	const parentKey = lastKey(s.path.slice(0, -1));
	if (!parent || key === undefined) return false;
	switch (family) {
		case 'incidents':
			if (key === 'order' && s.path.length === 1) return true;
			if (key !== 'value' && key !== 'years') return false;
			if (parentKey === 'announcedValue') return true;
			if (key === 'years') return false;
			if (within('daily')) return true;
			if (within('parameters')) return true;
			if ('metric' in parent && s.path[0] === 'figures') return COUNTED_UNITS.has(String(parent['unit']));
			if (s.path[0] === 'outcomes' && s.path.length === 3) return (parent['basis'] as Obj | undefined)?.['measure'] === 'gross';
			return false;
		case 'fx':
			return key === 'krwPerUnit';
		case 'model/incidents':
			return (key === 'value' && within('denominators')) || (key === 'order' && s.path.length === 2);
		case 'model/parameters': {
			if (key === 'step') return true;
			if (key !== 'low') return false;
			const range = (getAt(root, s.path.slice(0, 1)) as Obj)['range'] as Obj;
			return Number(range['min']) >= 0;
		}
		case 'model/reconciliation':
			return key === 'value' && (parentKey === 'stated' || parentKey === 'press');
		case 'benchmarks':
			if (key === 'breachYear') return true;
			if (key === 'count' && parentKey === 'multiplier') return true;
			// An affected count's alternatives may be any number; remedy amounts and their alternatives may not be negative.
			if (key === 'value' || key === 'upper') return (s.path[0] === 'affected' && s.path.length === 3) || parentKey === 'amount' || (s.path[0] === 'remedies' && within('alternatives'));
			if (key === 'years') return parentKey === 'amount';
			return false;
		default:
			return false;
	}
}

/** Time running backwards: windows and ranges whose end comes before their start. */
function reversals(root: unknown, family: Family): Candidate[] {
	const out: Candidate[] = [];
	if (family === 'incidents') {
		for (const s of objects(root)) {
			const v = s.value;
			if (lastKey(s.path) === 'window' && typeof v['start'] === 'string' && typeof v['end'] === 'string') {
				const [start, end] = v['start'] < v['end'] ? [v['end'], v['start']] : [v['start'], dayBefore(v['start'])];
				out.push({ what: `${fieldPath(s.path)}: start ${start} after end ${end}`, apply: set(s.path, { start, end }), path: s.path });
			}
			if (s.path[0] === 'events' && s.path.length === 2 && typeof v['date'] === 'string') {
				const endDate = dayBefore(v['date']);
				const path = [...s.path, 'endDate'];
				out.push({ what: `${fieldPath(path)}: ${endDate}, the day before date`, apply: set(path, endDate), path });
			}
		}
	}
	if (family === 'benchmarks' && isObj(root)) {
		const year = Number(root['breachYear']);
		out.push({ what: `breachYearEnd: ${year - 1}, before breachYear ${year}`, apply: set(['breachYearEnd'], year - 1), path: ['breachYearEnd'] });
		out.push({ what: `disclosed: ${year - 1}, before breachYear ${year}`, apply: set(['disclosed'], String(year - 1)), path: ['disclosed'] });
		(root['remedies'] as Obj[]).forEach((_, i) => {
			const path = ['remedies', i, 'date'];
			out.push({ what: `${fieldPath(path)}: ${year - 1}, before breachYear ${year}`, apply: set(path, `${year - 1}-12`), path });
		});
	}
	if (family === 'model/parameters' && Array.isArray(root)) {
		root.forEach((p: Obj, i) => {
			const range = p['range'] as Obj;
			out.push({
				what: `[${i}].range: min ${String(range['max'])} above max ${String(range['min'])}`,
				apply: set([i, 'range'], { ...range, min: range['max'], max: range['min'] }),
				path: [i, 'range'],
			});
			for (const [incident, e] of Object.entries(p['values'] as Obj)) {
				const est = e as Obj;
				if (Number(est['low']) >= Number(est['high'])) continue;
				const path = [i, 'values', incident];
				out.push({
					what: `${fieldPath(path)}: low and high swapped`,
					apply: set(path, { ...est, low: est['high'], high: est['low'] }),
					path,
				});
			}
		});
	}
	return out;
}

/** Later records given the id of an earlier one (the loader names the later one). */
function duplicates(root: unknown, family: Family, ctx: Context, rng: SeededRandom): Candidate[] {
	const out: Candidate[] = [];
	const idField = family === 'model/parameters' ? 'key' : 'id';
	let records: Path[] = [];
	if (family === 'incidents' && isObj(root)) {
		for (const section of ['figures', 'events', 'remedies', 'outcomes', 'financials']) {
			((root[section] as unknown[] | undefined) ?? []).forEach((_, i) => records.push([section, i]));
		}
	} else if (family === 'benchmarks' && isObj(root)) {
		for (const section of ['affected', 'remedies']) ((root[section] as unknown[]) ?? []).forEach((_, i) => records.push([section, i]));
	} else if (Array.isArray(root)) {
		records = root.map((_, i) => [i]);
	}
	const idOf = (r: unknown, p: Path) => (getAt(r, p) as Obj)[idField];
	// A record whose id is referenced elsewhere in the file (partOf, multiplier) is left alone: renaming it
	// would add a second defect, a dangling reference, which the loader rightly reports first.
	const uses = (id: unknown) => leaves(root, 'string').filter((s) => s.value === id).length;
	for (let b = 1; b < records.length; b++) {
		// Pair every later record with one earlier record, to keep the list linear in size.
		const a = rng.int(b);
		const [pa, pb] = [records[a]!, records[b]!];
		if (idOf(root, pa) === idOf(root, pb) || uses(idOf(root, pb)) > 1) continue;
		const path = [...pb, idField];
		out.push({ what: `${fieldPath(path)}: set to ${show(idOf(root, pa))} (as ${fieldPath(pa)})`, apply: (r) => setAt(r, path, idOf(r, pa)), path });
	}
	if (records.length === 1 && Array.isArray(root)) {
		const path = [1, idField];
		out.push({ what: `[0] repeated as [1]`, apply: (r) => [...(r as unknown[]), cloneData((r as unknown[])[0])], path });
	}
	for (const id of ctx.earlierIds) {
		if (family === 'benchmarks') {
			out.push({ what: `id: set to ${id}, another case's id`, apply: set(['id'], id), path: ['id'] });
		} else if (Array.isArray(root) && root.length > 0) {
			const i = id.length % root.length;
			const path = [i, idField];
			out.push({ what: `${fieldPath(path)}: set to ${id}, defined in an earlier file`, apply: set(path, id), path });
		}
	}
	return out;
}

// ---------------------------------------------------------------------------------------------
// Syntax operators

interface KeyLine {
	key: string;
	keyStart: number;
	lineStart: number;
	/** 1-based. */
	line: number;
	/** Column of the key, 0-based. */
	col: number;
	/** Text between the line start and the key: spaces, or spaces and `- `. */
	prefix: string;
	first: boolean;
	/** The value is a scalar written on the key's own line. */
	inline?: { start: number; end: number };
}

interface FlowCollection {
	start: number;
	end: number;
	line: number;
	kind: 'seq' | 'map';
	/** Offset of the comma after the first item, if any. */
	firstComma?: number;
}

function syntaxSites(text: string): { keys: KeyLine[]; flows: FlowCollection[] } {
	const lc = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lc });
	const keys: KeyLine[] = [];
	const flows: FlowCollection[] = [];
	const lineOf = (offset: number) => lc.linePos(offset).line;
	visit(doc, {
		Pair(_, pair: Pair<unknown, unknown>, path) {
			const parent = path[path.length - 1];
			if (!isMap(parent) || (parent as YAMLMap).flow || path.some((p) => (isMap(p) || isSeq(p)) && (p as { flow?: boolean }).flow)) return;
			if (!isScalar(pair.key) || !pair.key.range) return;
			const keyStart = pair.key.range[0];
			const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
			const k: KeyLine = {
				key: String(pair.key.value),
				keyStart,
				lineStart,
				line: lineOf(keyStart),
				col: keyStart - lineStart,
				prefix: text.slice(lineStart, keyStart),
				first: (parent as YAMLMap).items[0] === pair,
			};
			const v = pair.value as Node | null;
			if (isScalar(v) && v.range && !String((v as Scalar).type).startsWith('BLOCK')) {
				const [start, end] = v.range;
				if (!text.slice(keyStart, end).includes('\n') && end > start) k.inline = { start, end };
			}
			keys.push(k);
		},
		Seq(_, node, path) {
			collectFlow(node, 'seq', path);
		},
		Map(_, node, path) {
			collectFlow(node, 'map', path);
		},
	});
	function collectFlow(node: { flow?: boolean; range?: [number, number, number] | null; items: unknown[] }, kind: 'seq' | 'map', path: readonly unknown[]) {
		if (!node.flow || !node.range) return;
		if (path.some((p) => (isMap(p) || isSeq(p)) && (p as { flow?: boolean }).flow)) return;
		const [start, end] = node.range;
		const src = text.slice(start, end);
		if (src.includes('\n') || src[src.length - 1] !== (kind === 'seq' ? ']' : '}')) return;
		const f: FlowCollection = { start, end, line: lineOf(start), kind };
		const first = node.items[0] as { value?: { range?: number[] }; range?: number[] } | undefined;
		const firstEnd = first?.value?.range?.[1] ?? first?.range?.[1];
		if (firstEnd !== undefined && node.items.length > 1) {
			const comma = text.indexOf(',', firstEnd);
			if (comma > 0 && comma < end) f.firstComma = comma;
		}
		flows.push(f);
	}
	return { keys, flows };
}

const splice = (text: string, start: number, end: number, insert: string) => text.slice(0, start) + insert + text.slice(end);

interface SyntaxCandidate {
	what: string;
	text: string;
	fromLine: number;
	exact: boolean;
}

type SyntaxOp = (text: string, sites: ReturnType<typeof syntaxSites>, rng: SeededRandom) => SyntaxCandidate[];

const SYNTAX: Record<(typeof SYNTAX_OPERATORS)[number], SyntaxOp> = {
	'unclosed-bracket': (text, { keys, flows }, rng) => [
		...flows
			.filter((f) => f.kind === 'seq')
			.map((f) =>
				rng.next() < 0.5
					? { what: `line ${f.line}: closing ] removed`, text: splice(text, f.end - 1, f.end, ''), fromLine: f.line, exact: false }
					: { what: `line ${f.line}: stray ] added`, text: splice(text, f.end, f.end, ']'), fromLine: f.line, exact: false },
			),
		...keys
			.filter((k) => k.inline)
			.map((k) => ({ what: `line ${k.line}: ${k.key}: [ opened, never closed`, text: splice(text, k.inline!.start, k.inline!.start, '['), fromLine: k.line, exact: false })),
	],

	'bad-indentation': (text, { keys }) =>
		keys
			.filter((k) => !k.first && /^ +$/.test(k.prefix))
			.map((k) => ({ what: `line ${k.line}: ${k.key} indented one space less`, text: splice(text, k.lineStart, k.lineStart + 1, ''), fromLine: k.line, exact: false })),

	'tab-indentation': (text, { keys }) =>
		keys
			.filter((k) => /^ +$/.test(k.prefix))
			.map((k) => ({ what: `line ${k.line}: ${k.key} indented with a tab`, text: splice(text, k.lineStart, k.keyStart, '\t'), fromLine: k.line, exact: true })),

	'duplicate-key': (text, { keys }) =>
		keys
			.filter((k) => k.inline)
			.map((k) => {
				const eol = text.indexOf('\n', k.inline!.end);
				const at = eol < 0 ? text.length : eol;
				return { what: `line ${k.line + 1}: ${k.key} written twice`, text: splice(text, at, at, `\n${' '.repeat(k.col)}${k.key}: 0`), fromLine: k.line + 1, exact: true };
			}),

	'broken-flow-mapping': (text, { keys, flows }, rng) => [
		...flows
			.filter((f) => f.kind === 'map')
			.map((f) => {
				const variant = rng.int(f.firstComma === undefined ? 2 : 3);
				if (variant === 0) return { what: `line ${f.line}: closing } removed`, text: splice(text, f.end - 1, f.end, ''), fromLine: f.line, exact: false };
				if (variant === 1) return { what: `line ${f.line}: stray } added`, text: splice(text, f.end, f.end, '}'), fromLine: f.line, exact: false };
				return { what: `line ${f.line}: comma doubled`, text: splice(text, f.firstComma!, f.firstComma! + 1, ',,'), fromLine: f.line, exact: false };
			}),
		...keys
			.filter((k) => k.inline)
			.map((k) => {
				const json = rng.pick(['{"ko": "가", "en": "a" "x": 1}', '{"ko": "가", "en": "a"', '{"ko": "가",, "en": "a"}', '{"ko": "가"; "en": "a"}', '{"ko": "가", "en": "a"}}']);
				return { what: `line ${k.line}: ${k.key}: ${json}`, text: splice(text, k.inline!.start, k.inline!.end, json), fromLine: k.line, exact: false };
			}),
	],

	'unclosed-quote': (text, { keys }) =>
		keys
			.filter((k) => k.inline && !text.slice(k.inline.start, k.inline.end).includes('"'))
			.map((k) => ({ what: `line ${k.line}: ${k.key}: opening " never closed`, text: splice(text, k.inline!.start, k.inline!.start, '"'), fromLine: k.line, exact: false })),

	// `*name` with no `&name` before it: a misspelt alias (the model parameter files use aliases).
	'unresolved-alias': (text, { keys }) => {
		const typos = [...text.matchAll(/: \*([A-Za-z][\w-]*)/g)].map((m) => {
			const at = m.index + 3 + m[1]!.length;
			const line = text.slice(0, at).split('\n').length;
			return { what: `line ${line}: alias *${m[1]} misspelt`, text: splice(text, at - 1, at, ''), fromLine: line, exact: true };
		});
		if (typos.length > 0) return typos;
		return keys
			.filter((k) => k.inline)
			.map((k) => ({ what: `line ${k.line}: ${k.key}: *no-such-anchor`, text: splice(text, k.inline!.start, k.inline!.end, '*no-such-anchor'), fromLine: k.line, exact: true }));
	},

	// A "billion laughs" value: 10,000 references from four short anchors on one line.
	'alias-bomb': (text, { keys }) =>
		keys
			.filter((k) => k.inline)
			.map((k) => {
				const ten = (x: string) => Array.from({ length: 10 }, () => x).join(', ');
				const bomb = `[&a [${ten('lol')}], &b [${ten('*a')}], &c [${ten('*b')}], [${ten('*c')}]]`;
				return { what: `line ${k.line}: ${k.key}: alias bomb (10,000 references)`, text: splice(text, k.inline!.start, k.inline!.end, bomb), fromLine: k.line, exact: true };
			}),
};

// ---------------------------------------------------------------------------------------------

/** How many cases each (file, operator) pair contributes; the benchmark family has many small files. */
const PER_OPERATOR: Record<Family, number> = {
	sources: 1,
	incidents: 2,
	fx: 2,
	corrections: 2,
	'model/incidents': 2,
	'model/parameters': 1,
	'model/reconciliation': 2,
	benchmarks: 1,
};
/**
 * Operators that probe one code path whatever the file: one case, in the family where the hazard is
 * real (the model parameter files are the ones written with aliases).
 */
const ONCE_IN: Partial<Record<Operator, Family>> = { 'unresolved-alias': 'model/parameters', 'alias-bomb': 'incidents' };
/** Each benchmark file draws this many operators (different ones per file), so the family is covered but not dominant. */
const BENCHMARK_OPERATORS_PER_FILE = 5;

export function generateMutations(dataDir: string, rng: SeededRandom): Mutation[] {
	const files = dataFiles(dataDir);
	const mutations: Mutation[] = [];
	const allOps: Operator[] = [...STRUCTURED_OPERATORS, ...SYNTAX_OPERATORS];
	let benchmarkRound = 0;
	for (const f of files) {
		const parsed = parse(f.base) as unknown;
		const firstOfFamily = files.find((g) => g.family === f.family) === f;
		const ctx: Context = { earlierIds: earlierIds(files, f), firstOfFamily };
		let ops = allOps;
		if (f.family === 'benchmarks') {
			// Rotate through the operators so that, across the family, every one is used.
			ops = Array.from({ length: BENCHMARK_OPERATORS_PER_FILE }, (_, i) => allOps[(benchmarkRound * BENCHMARK_OPERATORS_PER_FILE + i) % allOps.length]!);
			benchmarkRound++;
		}
		const sites = syntaxSites(f.base);
		for (const op of allOps) {
			const once = ONCE_IN[op];
			if (once !== undefined ? once !== f.family || !firstOfFamily : !ops.includes(op)) continue;
			const n = once !== undefined ? 1 : op === 'impossible-time' ? Infinity : PER_OPERATOR[f.family];
			if (op in STRUCTURED) {
				const candidates = STRUCTURED[op as (typeof STRUCTURED_OPERATORS)[number]](parsed, f.family, ctx, rng);
				for (const c of rng.sample(candidates, n)) {
					const root = c.apply(cloneData(parsed));
					mutations.push({ family: f.family, file: f.file, operator: op, what: c.what, text: stringify(root), expect: { kind: 'field', path: fieldPath(c.path) } });
				}
			} else {
				const candidates = SYNTAX[op as (typeof SYNTAX_OPERATORS)[number]](f.base, sites, rng);
				for (const c of rng.sample(candidates, n)) {
					mutations.push({ family: f.family, file: f.file, operator: op, what: c.what, text: c.text, expect: { kind: 'syntax', fromLine: c.fromLine, exact: c.exact } });
				}
			}
		}
	}
	return mutations;
}

/** Ids (parameter keys for model parameters) defined in files of the same family that the loader reads first. */
function earlierIds(files: readonly DataFile[], f: DataFile): string[] {
	if (f.family !== 'sources' && f.family !== 'benchmarks' && f.family !== 'model/parameters') return [];
	const before = files.filter((g) => g.family === f.family && g.file < f.file);
	if (before.length === 0) return [];
	const g = before[before.length - 1]!;
	const data = parse(g.base) as unknown;
	if (f.family === 'benchmarks') return [String((data as Obj)['id'])];
	const field = f.family === 'model/parameters' ? 'key' : 'id';
	const list = data as Obj[];
	return [String(list[0]![field]), String(list[list.length - 1]![field])];
}
