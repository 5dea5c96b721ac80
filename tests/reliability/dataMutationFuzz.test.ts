/**
 * Data mutation fuzz: hundreds of single defects, generated with a seeded PRNG from the real files in
 * data/ (every family), each written into one temp copy of data/ and loaded with loadDataset. Every
 * one must be rejected with a DataValidationError whose message names the mutated file by its
 * relative path and the field (or the line and column of a syntax error). A mutation that is accepted
 * fails the test: the operators are built to be invalid whatever the file holds, so an accepted one
 * is a hole in the schema (or a wrong operator), never something to skip.
 *
 * Speed: the yaml parser dominates loadDataset (about 200 ms for all of data/, of which zod is 15 ms).
 * `parseDocument` is memoised here by exact text, so files the mutation did not touch are not parsed
 * again; the mutated file is always parsed afresh, and everything after parsing — zod, the
 * cross-file checks, the error formatting — runs unchanged.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { DataValidationError } from '../../src/lib/data/DataValidationError.ts';
import { loadDataset } from '../../src/lib/data/loadDataset.ts';
import { isAncestorPath } from './support/dataTree.ts';
import {
	FAMILIES,
	STRUCTURED_OPERATORS,
	SYNTAX_OPERATORS,
	dataFiles,
	generateMutations,
	type Expectation,
	type Family,
	type Mutation,
} from './support/dataMutations.ts';
import { seededRandom } from './support/seededRandom.ts';

vi.mock('yaml', async (importOriginal) => {
	const yaml = await importOriginal<typeof import('yaml')>();
	type Doc = ReturnType<typeof yaml.parseDocument>;
	const cache = new Map<string, Doc>();
	const parseDocument = (text: string, options?: Record<string, unknown>): Doc => {
		// A LineCounter is filled as a side effect of parsing, so those calls are never served from the cache.
		if (options && 'lineCounter' in options) return yaml.parseDocument(text, options);
		const key = `${JSON.stringify(options ?? {})}\u0000${text}`;
		const hit = cache.get(key);
		if (hit) {
			cache.delete(key);
			cache.set(key, hit);
			return hit;
		}
		const doc = yaml.parseDocument(text, options);
		cache.set(key, doc);
		// Least recently used out: the ~33 unchanged files stay, each run's mutated file soon goes.
		if (cache.size > 48) cache.delete(cache.keys().next().value!);
		return doc;
	};
	return { ...yaml, parseDocument };
});

const SEED = 0x5eed_2025;
const DATA = 'data';

const root = mkdtempSync(join(tmpdir(), 'remedies-fuzz-'));
cpSync(DATA, join(root, 'data'), { recursive: true });
const generatedIn = performance.now();
const mutations = generateMutations(DATA, seededRandom(SEED));
const generationSeconds = ((performance.now() - generatedIn) / 1000).toFixed(1);

const tally = { tried: 0, rejected: 0, byFamily: new Map<Family, number>(), started: performance.now() };

interface IssueLine {
	file: string;
	path: string;
	reason: string;
}

/** Splits a DataValidationError message into its `file: path: reason` lines, checking the shape. */
function issueLines(message: string): IssueLine[] {
	const [head, ...rest] = message.split('\n');
	expect(head).toMatch(/^Invalid data \(\d+ problems?\):$/);
	return rest.map((line) => {
		const m = /^ {2}(data\/[^:]+\.yaml|data\/[^:]+): (.+?): (.+)$/.exec(line);
		expect(m, `message line is not \`file: field: reason\`: ${JSON.stringify(line)}`).not.toBeNull();
		return { file: m![1]!, path: m![2]!, reason: m![3]! };
	});
}

/** Whether an issue's path names the mutated place: the field itself, a field inside it, or an enclosing one. */
function namesField(issuePath: string, expected: string): boolean {
	if (issuePath === expected) return true;
	if (isAncestorPath(expected, issuePath)) return true;
	if (issuePath === '(root)') return !/[.[]/.test(expected.replace(/^\[\d+\]/, '')) && !expected.startsWith('(');
	return isAncestorPath(issuePath, expected);
}

function checkNamed(lines: IssueLine[], m: Mutation, expect_: Expectation): string | undefined {
	const mine = lines.filter((l) => l.file === `data/${m.file}`);
	if (mine.length === 0) return `no issue names data/${m.file}`;
	if (expect_.kind === 'field') {
		return mine.some((l) => namesField(l.path, expect_.path)) ? undefined : `no issue names field ${expect_.path}`;
	}
	const at = mine
		.map((l) => /^\(line (\d+), column (\d+)\)$/.exec(l.path))
		.filter((x): x is RegExpExecArray => x !== null)
		.map((x) => Number(x[1]));
	if (at.length === 0) return 'no issue gives (line N, column M)';
	const ok = at.some((line) => (expect_.exact ? line === expect_.fromLine : line >= expect_.fromLine - 1));
	return ok ? undefined : `syntax error reported at line(s) ${at.join(', ')}, expected ${expect_.exact ? '' : '≥ '}${expect_.fromLine}`;
}

/** Writes `text` over one data file of the temp copy, loads, and restores the file. */
function loadWith(file: string, text: string): unknown {
	const abs = join(root, 'data', file);
	const original = readFileSync(abs, 'utf8');
	writeFileSync(abs, text);
	try {
		loadDataset('data', root);
		return undefined;
	} catch (e) {
		return e;
	} finally {
		writeFileSync(abs, original);
	}
}

afterAll(() => {
	const seconds = ((performance.now() - tally.started) / 1000).toFixed(1);
	const families = FAMILIES.map((f) => `${f} ${tally.byFamily.get(f) ?? 0}`).join(', ');
	console.log(
		`data mutation fuzz: ${tally.tried} tried, ${tally.rejected} rejected with file and field named, in ${seconds} s (+${generationSeconds} s to generate; seed ${SEED}; ${families})`,
	);
	rmSync(root, { recursive: true, force: true });
});

describe('data mutation fuzz: loadDataset rejects every single defect in the real data', () => {
	it('loadDataset accepts the real data, each file rewritten through yaml.stringify, and the one-entry corrections log', () => {
		expect(() => loadDataset('data', root)).not.toThrow();
		for (const f of dataFiles(DATA)) {
			const error = loadWith(f.file, stringify(parse(f.base)));
			expect(error, `${f.file} rewritten: ${String(error)}`).toBeUndefined();
		}
	});

	it(`generates at least 300 mutations (seed ${SEED}) over every data family and every operator`, () => {
		expect(mutations.length).toBeGreaterThanOrEqual(300);
		for (const family of FAMILIES) expect(mutations.filter((m) => m.family === family).length, family).toBeGreaterThanOrEqual(10);
		for (const op of [...STRUCTURED_OPERATORS, ...SYNTAX_OPERATORS]) expect(mutations.some((m) => m.operator === op), op).toBe(true);
		const files = new Set(mutations.map((m) => m.file));
		for (const f of dataFiles(DATA)) expect(files.has(f.file), f.file).toBe(true);
	});

	it.each(mutations)('$file $operator: $what', (m) => {
		const error = loadWith(m.file, m.text);
		tally.tried++;
		tally.byFamily.set(m.family, (tally.byFamily.get(m.family) ?? 0) + 1);

		if (error === undefined) throw new Error(`ACCEPTED: ${m.file} with ${m.operator} (${m.what}) passed validation`);
		expect(error, `loadDataset threw ${String(error)} instead of a DataValidationError naming data/${m.file}`).toBeInstanceOf(DataValidationError);
		const message = (error as Error).message;
		expect(message, 'messages name files relative to the project, never by absolute path').not.toContain(root);
		const problem = checkNamed(issueLines(message), m, m.expect);
		expect(problem, `${problem}\n${message}`).toBeUndefined();
		tally.rejected++;
	});
});
