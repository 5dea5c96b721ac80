/**
 * The model's denominators mirror incident records; the cross-check catches a mirror that differs in
 * value, unit, date, confidence or sources, so one number never appears twice in two versions.
 */
import { describe, expect, it } from 'vitest';
import { checkModelMirrors, financialAsOf } from '../../src/lib/data/crossCheck.ts';
import type { DataIssue } from '../../src/lib/data/DataValidationError.ts';
import { loadDataset } from '../../src/lib/data/loadDataset.ts';
import type { ModelData } from '../../src/schemas/modelData.ts';
import type { Denominator } from '../../src/schemas/modelIncident.ts';

const data = loadDataset();
const model = data.model!;

/** The real model data with one SKT denominator changed. */
function withDenominator(kind: Denominator['kind'], change: Partial<Denominator>): ModelData {
	const copy = structuredClone(model);
	const d = copy.incidents.find((i) => i.id === 'skt-2025')!.denominators.find((x) => x.kind === kind)!;
	Object.assign(d, change);
	return copy;
}
const reasons = (m: ModelData): string[] => {
	const issues: DataIssue[] = [];
	checkModelMirrors(m, data.incidents, 'data/model/incidents.yaml', issues);
	return issues.map((i) => `${i.path}: ${i.reason}`);
};

describe('checkModelMirrors', () => {
	it('accepts the real data', () => {
		expect(reasons(model)).toEqual([]);
	});

	it('reports a different value', () => {
		expect(reasons(withDenominator('operating-profit', { value: 1_822_000_000_000 }))).toEqual([
			'[0].denominators[4].value: 1822000000000 differs from skt-2025/op-2024-fy (1823400000000)',
		]);
	});

	it('reports lines counted at another month even when the value is the same', () => {
		expect(reasons(withDenominator('subscriber-lines', { asOf: '2025-02-28' }))).toEqual([
			'[0].denominators[2].asOf: 2025-02-28 differs from skt-2025/subscriber-lines-2025-06 (2025-06-30)',
		]);
	});

	it('reports a fiscal year other than the mirrored one', () => {
		expect(reasons(withDenominator('operating-profit', { asOf: '2025' }))).toEqual([
			'[0].denominators[4].asOf: 2025 differs from skt-2025/op-2024-fy (2024)',
		]);
	});

	it('reports another unit, another confidence and other sources', () => {
		expect(reasons(withDenominator('people-affected', { unit: 'records', confidence: 'official', sources: ['skt-s3'] }))).toEqual([
			'[0].denominators[1].unit: records differs from skt-2025/people-affected (people)',
			'[0].denominators[1].confidence: official differs from skt-2025/people-affected (government)',
			'[0].denominators[1].sources: [skt-s3] differs from skt-2025/people-affected ([skt-s32, skt-s42, skt-s36])',
		]);
	});

	it('compares sources as a set, not a sequence', () => {
		const d = model.incidents[0]!.denominators.find((x) => x.kind === 'people-affected')!;
		expect(reasons(withDenominator('people-affected', { sources: [...d.sources].reverse() }))).toEqual([]);
	});

	it('dates a financial period by its last month, a fiscal year by its year', () => {
		expect(['2024-FY', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2025-H1', '2025-9M'].map(financialAsOf)).toEqual([
			'2024',
			'2025-03',
			'2025-06',
			'2025-09',
			'2025-12',
			'2025-06',
			'2025-09',
		]);
	});
});
