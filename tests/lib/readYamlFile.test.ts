import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { DataIssue } from '../../src/lib/data/DataValidationError.ts';
import { readYamlFile } from '../../src/lib/data/readYamlFile.ts';

/** The issues readYamlFile reports for `text`, as `path: reason`. */
function problems(text: string): string[] {
	const file = join(mkdtempSync(join(tmpdir(), 'yaml-')), 'x.yaml');
	writeFileSync(file, text);
	const issues: DataIssue[] = [];
	readYamlFile(file, 'x.yaml', z.unknown(), issues);
	return issues.map((i) => `${i.path}: ${i.reason}`);
}

describe('readYamlFile', () => {
	it('readYamlFile(syntax error) names the line and column and gives the reason without a code frame', () => {
		expect(problems('a: 1\nb: "open\nc: 2\n')).toEqual(['(line 4, column 1): YAML syntax error: Missing closing "quote']);
	});

	it('readYamlFile(key written twice) reports the second occurrence', () => {
		expect(problems('order: 0\nname: x\norder: 1\n')).toEqual(['(line 3, column 1): YAML syntax error: Map keys must be unique']);
	});

	it('readYamlFile(unresolved alias) points at the alias the error names, not the first alias', () => {
		expect(problems('a: &one 1\nb: *one\nc:\n  - *two\n')).toEqual([
			'(line 4, column 5): YAML alias error: Unresolved alias (the anchor must be set before the alias): two',
		]);
	});

	it('readYamlFile(alias bomb) stops at the expansion cap and points at the first alias', () => {
		const ten = (x: string) => Array.from({ length: 10 }, () => x).join(', ');
		const bomb = `ok: 1\nk: [&a [${ten('lol')}], &b [${ten('*a')}], &c [${ten('*b')}], [${ten('*c')}]]\n`;
		const [problem] = problems(bomb);
		expect(problem).toMatch(/^\(line 2, column \d+\): YAML alias error: Excessive alias count/);
		expect(problem).toContain(`(line 2, column ${bomb.split('\n')[1]!.indexOf('*a') + 1})`);
	});

	it('readYamlFile(valid file) reports nothing', () => {
		expect(problems('a: &x 1\nb: *x\n')).toEqual([]);
	});
});
