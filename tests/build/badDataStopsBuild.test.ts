import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/buildSite.ts';
import { copyFixture, mutateYaml, readRaw, writeRaw } from '../support/fixtureData.ts';

describe('astro build with bad data', () => {
	it('astro build stops on an unknown source id, naming file, field and reason', () => {
		const root = copyFixture();
		mutateYaml(root, 'incidents/ex-2025.yaml', (d) => (d.figures[0].sources = ['missing-source']));

		const r = buildSite(join(root, 'data'), root);

		expect(r.status).not.toBe(0);
		expect(r.output).toContain('ex-2025.yaml: figures[0].sources[0]: unknown source id "missing-source"');
		expect(existsSync(join(r.outDir, 'index.html'))).toBe(false);
	});

	it('astro build stops on malformed YAML even when a previous good build left a warm cache', () => {
		const root = copyFixture();
		const good = buildSite(join(root, 'data'), root);
		expect(good.status, good.output).toBe(0);

		writeRaw(root, 'incidents/ex-2025.yaml', readRaw(root, 'incidents/ex-2025.yaml').replace('order: 0', 'order: [0'));
		const bad = buildSite(join(root, 'data'), root);

		expect(bad.status).not.toBe(0);
		expect(bad.output).toMatch(/ex-2025\.yaml: \(line \d+, column \d+\): YAML syntax error/);
	});
});
