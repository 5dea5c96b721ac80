/** Reads one YAML data file and validates it with a zod schema, collecting issues instead of throwing. */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, visit, type Document } from 'yaml';
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
	// The line counter maps the parser's offsets to lines and columns for every message below, so
	// pretty errors (which append the position and a code frame to the reason) are turned off.
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	const at = (offset: number) => {
		const { line, col } = lines.linePos(offset);
		return `(line ${line}, column ${col})`;
	};
	if (doc.errors.length > 0) {
		for (const err of doc.errors) {
			issues.push({ file: relPath, path: at(err.pos[0]), reason: `YAML syntax error: ${firstLine(err.message)}` });
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
		const offset = aliasOffset(doc, message);
		issues.push({ file: relPath, path: offset === undefined ? '(aliases)' : at(offset), reason: `YAML alias error: ${message}` });
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

/** The reason alone, on one line. */
function firstLine(message: string): string {
	return message.split('\n')[0]!.trim();
}

/**
 * Where the alias that an alias error names starts (yaml ends the message with the alias name),
 * else where the document's first alias starts: alias errors are thrown without a position.
 */
function aliasOffset(doc: Document, message: string): number | undefined {
	const named = /([^\s:*]+)\s*$/.exec(message)?.[1];
	let first: number | undefined;
	let match: number | undefined;
	visit(doc, {
		Alias(_, node) {
			const start = node.range?.[0];
			if (start === undefined) return undefined;
			first ??= start;
			if (node.source !== named) return undefined;
			match = start;
			return visit.BREAK;
		},
	});
	return match ?? first;
}
