/**
 * Every built page is valid HTML under html-validate's recommended rules (the project's
 * .htmlvalidate.json). Errors are listed as `page:line:column rule message`, so a failure says where to look.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { filesUnder, requireBuilt } from './support/builtSite.ts';

const DIST = 'dist';

describe('built pages are valid HTML', () => {
	it('planted errors are caught (self-test)', async () => {
		const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
		const report = await validator.validateString('<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><table><tr><th><details><summary>a</summary>b</details></th></tr></table></body></html>');
		expect(report.valid).toBe(false);
		expect(report.results[0]!.messages.map((m) => m.ruleId)).toContain('element-permitted-content');
	});

	it('every page in dist/ passes html-validate:recommended with no errors', async () => {
		requireBuilt(DIST);
		const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')));
		const pages = filesUnder(DIST).filter((f) => f.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(30);
		const problems: string[] = [];
		for (const page of pages) {
			const report = await validator.validateString(readFileSync(join(DIST, page), 'utf8'), page);
			for (const result of report.results) {
				for (const m of result.messages) if (m.severity === 2) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
			}
		}
		expect(problems).toEqual([]);
	});
});
