import { describe, expect, it } from 'vitest';
import type { DataIssue } from '../../src/lib/data/DataValidationError.ts';
import { loadModelData } from '../../src/lib/data/loadModelData.ts';
import { COMPONENTS, PARAMETER_KEYS } from '../../src/lib/model/index.ts';
import { realModel } from './support/realInputs.ts';

describe('loadModelData(data)', () => {
	const { data, inputs } = realModel();

	it('loadModelData("data") gives every parameter the model reads, for every incident', () => {
		expect(data.assumptions.map((a) => a.key)).toEqual([...PARAMETER_KEYS]);
		for (const a of data.assumptions) {
			expect(Object.keys(a.values).sort(), a.key).toEqual(data.incidents.map((i) => i.id).sort());
		}
	});

	it('loadModelData("data") has low ≤ central ≤ high within [min, max] and a basis for every estimate', () => {
		for (const a of data.assumptions) {
			expect(a.range.step, a.key).toBeGreaterThan(0);
			for (const [incident, e] of Object.entries(a.values)) {
				const where = `${a.key} / ${incident}`;
				expect(e.low, where).toBeGreaterThanOrEqual(a.range.min);
				expect(e.central, where).toBeGreaterThanOrEqual(e.low);
				expect(e.high, where).toBeGreaterThanOrEqual(e.central);
				expect(e.high, where).toBeLessThanOrEqual(a.range.max);
				if (e.basis.kind === 'sourced') {
					expect(e.basis.sources.length, where).toBeGreaterThan(0);
					expect(e.basis.note.ko.length * e.basis.note.en.length, where).toBeGreaterThan(0);
				} else {
					expect(e.basis.rationale.ko.length * e.basis.rationale.en.length, where).toBeGreaterThan(0);
				}
			}
		}
	});

	it('loadModelData("data") lists only package components in each package, KT without a bill discount', () => {
		const pkg = (id: string) => data.incidents.find((i) => i.id === id)!.package.components;

		expect(pkg('skt-2025')).toContain('bill-discount');
		expect(pkg('kt-2025')).not.toContain('bill-discount');
		for (const inc of data.incidents) {
			for (const id of inc.package.components) expect(COMPONENTS.find((c) => c.id === id)?.scope, id).toBe('package');
		}
	});

	it('loadModelData("data") gives KT no records-leaked denominator rather than a zero', () => {
		const kinds = (id: string) => data.incidents.find((i) => i.id === id)!.denominators.map((d) => d.kind);

		expect(kinds('skt-2025')).toContain('records-leaked');
		expect(kinds('kt-2025')).not.toContain('records-leaked');
		expect(kinds('kt-2025')).toContain('people-affected');
	});

	it('loadModelData("data") reads the preferred USD rate from data/fx.yaml', () => {
		expect(inputs.usd.krwPerUsd).toBe(1422.16);
		expect(inputs.usd.period).toBe('2025');
	});

	it('loadModelData(fixture without data/model) reports the missing files instead of throwing', () => {
		const issues: DataIssue[] = [];

		const result = loadModelData('tests/fixtures/data', process.cwd(), new Set(), issues);

		expect(result).toBeUndefined();
		expect(issues.some((i) => i.file.includes('model/incidents.yaml'))).toBe(true);
	});

	it('loadModelData(data, no known sources) reports every unknown source id', () => {
		const issues: DataIssue[] = [];

		loadModelData('data', process.cwd(), new Set(), issues);

		expect(issues.length).toBeGreaterThan(50);
		expect(issues.every((i) => i.reason.startsWith('unknown source id'))).toBe(true);
	});
});
