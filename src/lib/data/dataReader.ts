/**
 * File readers bound to one data directory, shared by every loader (incidents and sources, model
 * inputs, benchmarks) so that all read files the same way. Its own module so the loaders depend on
 * it rather than on each other. Node-only.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { z } from 'zod';
import type { FileOf } from './crossCheck.ts';
import type { DataIssue } from './DataValidationError.ts';
import { readYamlFile } from './readYamlFile.ts';

/** Problems go to `issues`, as `file: field: reason`. */
export function dataReader(dataDir: string, rootDir: string, issues: DataIssue[]) {
	const abs = resolve(rootDir, dataDir);
	const rel = (p: string) => relative(rootDir, p).split('\\').join('/');
	/** Every .yaml file in a sub-directory, sorted by name. */
	const readAll = <S extends z.ZodType>(sub: string, schema: S): FileOf<z.output<S>>[] => {
		const dir = join(abs, sub);
		if (!existsSync(dir)) {
			issues.push({ file: rel(dir), path: '(directory)', reason: 'is missing' });
			return [];
		}
		return readdirSync(dir)
			.filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
			.sort()
			.flatMap((f) => {
				const data = readYamlFile(join(dir, f), rel(join(dir, f)), schema, issues);
				return data === undefined ? [] : [{ file: rel(join(dir, f)), data }];
			});
	};
	/** One named file, relative to the data directory. */
	const readOne = <S extends z.ZodType>(name: string, schema: S): FileOf<z.output<S>> | undefined => {
		const p = join(abs, name);
		const data = readYamlFile(p, rel(p), schema, issues);
		return data === undefined ? undefined : { file: rel(p), data };
	};
	/** A file's path as messages name it, from its path inside the data directory. */
	const relPath = (name: string) => rel(join(abs, name));
	return { readAll, readOne, relPath };
}
