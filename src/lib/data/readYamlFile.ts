/** Reads one YAML data file and validates it with a zod schema, collecting issues instead of throwing. */
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { formatPath, type DataIssue } from './DataValidationError.ts';

/**
 * @param absPath absolute path of the file
 * @param relPath path shown in messages (relative to the project root)
 * @returns the parsed value, or undefined when the file had any issue (the issues are appended)
 */
export function readYamlFile<S extends z.ZodType>(
	absPath: string,
	relPath: string,
	schema: S,
	issues: DataIssue[],
): z.output<S> | undefined {
	let text: string;
	try {
		text = readFileSync(absPath, 'utf8');
	} catch (e) {
		issues.push({ file: relPath, path: '(file)', reason: `cannot be read: ${(e as Error).message}` });
		return undefined;
	}
	// uniqueKeys is the default, so a key written twice is a syntax error rather than a silent overwrite.
	const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
	if (doc.errors.length > 0) {
		for (const err of doc.errors) {
			const pos = err.linePos?.[0];
			const where = pos ? `(line ${pos.line}, column ${pos.col})` : '(syntax)';
			issues.push({ file: relPath, path: where, reason: `YAML syntax error: ${firstLine(err.message)}` });
		}
		return undefined;
	}
	let raw: unknown;
	try {
		// Aliases are resolved with yaml's cap on expansion (100 per document), which stops alias bombs;
		// an unresolvable or runaway alias becomes an issue instead of an exception.
		raw = doc.toJS({ maxAliasCount: 100 });
	} catch (e) {
		const message = firstLine((e as Error).message);
		issues.push({ file: relPath, path: aliasPosition(text, message), reason: `YAML alias error: ${message}` });
		return undefined;
	}
	const result = schema.safeParse(raw);
	if (!result.success) {
		for (const issue of result.error.issues) {
			issues.push({ file: relPath, path: formatPath(issue.path), reason: issue.message });
		}
		return undefined;
	}
	return result.data;
}

/** The reason alone: pretty errors append ` at line L, column C:` and a code frame, which `path` already gives. */
function firstLine(message: string): string {
	return message
		.split('\n')[0]!
		.replace(/ at line \d+, column \d+:?$/, '')
		.trim();
}

/**
 * `(line N, column M)` of the alias the error names (yaml ends the message with the alias name),
 * else of the first alias in the text.
 */
function aliasPosition(text: string, message: string): string {
	const named = /([^\s:*]+)\s*$/.exec(message)?.[1];
	const lines = text.split('\n');
	const find = (re: RegExp) => {
		for (let i = 0; i < lines.length; i++) {
			const m = re.exec(lines[i]!);
			if (m) return `(line ${i + 1}, column ${m.index + m[0].indexOf('*') + 1})`;
		}
		return undefined;
	};
	const escaped = named?.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return (escaped && find(new RegExp(`(^|[\\s\\[{,:-])\\*${escaped}(?![\\w-])`))) ?? find(/(^|[\s\[{,:-])\*[^\s,\]}]+/) ?? '(aliases)';
}
