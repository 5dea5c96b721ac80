/**
 * A record that rests only on blogs, mirrors or other weak sources must say so: its confidence is
 * `low`. Anything higher claims a provenance the cited pages cannot show, so either a primary or
 * press source is cited (first) or the confidence is lowered with the reason in the record.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset, type Dataset } from '../../src/lib/data/loadDataset.ts';
import type { Confidence } from '../../src/schemas/common.ts';
import type { Incident } from '../../src/schemas/incident.ts';
import type { Benchmark } from '../../src/schemas/benchmark.ts';
import { WEAK_SOURCE_KINDS } from '../../src/schemas/source.ts';

const data = loadDataset();

/** One record that states its own confidence and sources, named as `<file>: <record id>`. */
interface Rated {
	where: string;
	confidence: Confidence;
	sources: readonly string[];
}

/**
 * Every rated record of an incident. A remedy parameter counts only when it overrides the remedy's
 * confidence or sources; otherwise it inherits the remedy's and is covered by the remedy itself.
 */
function incidentRecords(inc: Incident): Rated[] {
	const file = `data/incidents/${inc.id}.yaml`;
	const plain = [...inc.figures, ...inc.events, ...inc.outcomes, ...inc.financials, ...inc.remedies].map((r) => ({
		where: `${file}: ${r.id}`,
		confidence: r.confidence,
		sources: r.sources,
	}));
	const nested = inc.remedies.flatMap((r) => [
		...r.parameters
			.filter((p) => p.confidence !== undefined || p.sources !== undefined)
			.map((p) => ({
				where: `${file}: ${r.id} (parameter ${p.key})`,
				confidence: p.confidence ?? r.confidence,
				sources: p.sources ?? r.sources,
			})),
		...(r.announcedValue ? [{ where: `${file}: ${r.id} (announced value)`, ...r.announcedValue }] : []),
	]);
	return [...plain, ...nested];
}

/** Every rated record of a benchmark case: its affected counts, remedy items and counted multipliers. */
function benchmarkRecords(b: Benchmark): Rated[] {
	const file = `data/benchmarks/${b.id}.yaml`;
	return [
		...[...b.affected, ...b.remedies].map((r) => ({ where: `${file}: ${r.id}`, confidence: r.confidence, sources: r.sources })),
		...b.remedies.flatMap((r) =>
			r.multiplier && 'count' in r.multiplier ? [{ where: `${file}: ${r.id} (multiplier)`, ...r.multiplier }] : [],
		),
	];
}

/** Records whose every source is a weak kind but whose confidence is not `low`. */
function overrated(d: Dataset): string[] {
	const all = [...d.incidents.flatMap(incidentRecords), ...d.benchmarks.flatMap(benchmarkRecords)];
	return all
		.filter((r) => r.confidence !== 'low' && r.sources.every((id) => WEAK_SOURCE_KINDS.has(d.sourceById.get(id)!.kind)))
		.map((r) => `${r.where} (${r.confidence}; ${r.sources.join(', ')})`);
}

describe('records resting only on weak sources', () => {
	it('the check reaches every kind of record', () => {
		const incident = data.incidents.flatMap(incidentRecords);
		const benchmark = data.benchmarks.flatMap(benchmarkRecords);
		expect(incident.some((r) => r.where.includes('(parameter '))).toBe(true);
		expect(incident.some((r) => r.where.includes('(announced value)'))).toBe(true);
		expect(benchmark.some((r) => r.where.includes('(multiplier)'))).toBe(true);
		expect(benchmark.map((r) => r.where)).toContain('data/benchmarks/interpark-2016.yaml: people');
		expect(incident.map((r) => r.where)).toContain('data/incidents/skt-2025.yaml: op-2025-9m');
		expect(incident.length + benchmark.length).toBeGreaterThan(300);
	});

	it('a record cited only to blogs, mirrors or other weak pages is marked low', () => {
		expect(overrated(data), 'cite a primary or press source first, or lower the confidence to low and say why').toEqual([]);
	});

	it('flags a weak-only record as soon as its confidence is raised above low', () => {
		const skt = data.incidents.find((i) => i.id === 'skt-2025')!;
		const lines = skt.figures.find((f) => f.id === 'subscriber-lines-2025-10')!;
		expect(lines.confidence).toBe('low');
		const raised: Dataset = {
			...data,
			incidents: data.incidents.map((i) =>
				i === skt ? { ...i, figures: i.figures.map((f) => (f === lines ? { ...f, confidence: 'government' as const } : f)) } : i,
			),
		};
		expect(overrated(raised)).toContain(`data/incidents/skt-2025.yaml: ${lines.id} (government; ${lines.sources.join(', ')})`);
	});
});
