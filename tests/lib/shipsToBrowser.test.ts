/**
 * "Ships to the browser" heads a source file exactly when an island can load it at run time: the
 * header tells whoever edits the file that it must stay client-safe (no node: modules, nothing
 * heavy). The walk starts at src/islands/*.ts and follows relative imports that survive
 * compilation — static, dynamic and re-exports — skipping `import type` and `export type`, and the
 * worker scripts an island starts (`new Worker(new URL('./x.ts', import.meta.url))`, which Vite bundles).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
const HEADER = /^\/\/ Ships to the browser:/;

/** Every module a file loads at run time: relative paths resolved to files, packages by name. */
function runtimeImports(file: string): string[] {
	const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
	const found: string[] = [];
	const visit = (node: ts.Node): void => {
		if (ts.isImportDeclaration(node) && node.importClause?.phaseModifier !== ts.SyntaxKind.TypeKeyword && ts.isStringLiteral(node.moduleSpecifier)) {
			found.push(node.moduleSpecifier.text);
		} else if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
			found.push(node.moduleSpecifier.text);
		} else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
			const [arg] = node.arguments;
			if (arg && ts.isStringLiteral(arg)) found.push(arg.text);
		} else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Worker') {
			const [url] = node.arguments ?? [];
			const [spec] = url && ts.isNewExpression(url) ? (url.arguments ?? []) : [];
			if (spec && ts.isStringLiteral(spec)) found.push(spec.text);
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return found.map((spec) => (spec.startsWith('.') ? resolve(dirname(file), spec) : spec));
}

/** Every module reachable from the islands, files as absolute paths and packages by name. */
function reachedFromIslands(): Set<string> {
	const islands = readdirSync(join(SRC, 'islands'))
		.filter((f) => f.endsWith('.ts'))
		.map((f) => join(SRC, 'islands', f));
	const reached = new Set<string>();
	const queue = [...islands];
	while (queue.length > 0) {
		const next = queue.pop()!;
		if (reached.has(next)) continue;
		reached.add(next);
		if (next.startsWith(SRC)) queue.push(...runtimeImports(next));
	}
	return reached;
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
	);
}

describe('Ships to the browser header', () => {
	const reached = reachedFromIslands();
	const files = sourceFiles(SRC);
	const rel = (f: string) => relative(ROOT, f);

	it('the island import walk finds the islands, the code they share with the build, the lazy chart modules and the model worker', () => {
		expect(reached).toContain(join(SRC, 'islands/remedy-model.ts'));
		expect(reached).toContain(join(SRC, 'islands/remedy-model/modelWorker.ts'));
		expect(reached).toContain(join(SRC, 'lib/format/formatNumber.ts'));
		expect(reached).toContain(join(SRC, 'charts/shared/renderLive.ts'));
		expect(reached).not.toContain(join(SRC, 'lib/data/loadDataset.ts'));
	});

	it('a file in src/ starts with "// Ships to the browser:" exactly when an island reaches it', () => {
		const headed = files.filter((f) => HEADER.test(readFileSync(f, 'utf8')));
		expect({ unmarked: files.filter((f) => reached.has(f) && !headed.includes(f)).map(rel), falselyMarked: headed.filter((f) => !reached.has(f)).map(rel) }).toEqual({
			unmarked: [],
			falselyMarked: [],
		});
	});

	it('every relative import an island reaches names an existing file', () => {
		const missing = [...reached].filter((f) => f.startsWith(ROOT) && !files.includes(f));
		expect(missing.map(rel)).toEqual([]);
	});

	it('no island reaches a node: module at run time', () => {
		expect([...reached].filter((m) => m.startsWith('node:'))).toEqual([]);
	});
});
