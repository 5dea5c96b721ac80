/**
 * Builders for data-directory fixtures: copy tests/fixtures/data to a temp dir, then mutate one file
 * (as parsed YAML, or as raw text) to produce a bad-input case.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

export const FIXTURE_DATA = 'tests/fixtures/data';

/** A fresh copy of the fixture data; returns the root that contains `data/`. */
export function copyFixture(from = FIXTURE_DATA): string {
	const root = mkdtempSync(join(tmpdir(), 'remedies-data-'));
	cpSync(from, join(root, 'data'), { recursive: true });
	return root;
}

/** Applies `mutate` to the parsed YAML of `file` (relative to data/) and writes it back. */
export function mutateYaml(root: string, file: string, mutate: (doc: any) => void): void {
	const path = join(root, 'data', file);
	const doc = parse(readFileSync(path, 'utf8'));
	mutate(doc);
	writeFileSync(path, stringify(doc));
}

/** Replaces the raw text of `file` (relative to data/). */
export function writeRaw(root: string, file: string, text: string): void {
	writeFileSync(join(root, 'data', file), text);
}

export function readRaw(root: string, file: string): string {
	return readFileSync(join(root, 'data', file), 'utf8');
}
