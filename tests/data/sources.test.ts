/** The bibliography as readers see it: every outlet named in both languages, weak sources cited last. */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/loadDataset.ts';
import { forEachSourceRef } from '../../src/lib/data/sourceRefs.ts';
import { WEAK_SOURCE_KINDS } from '../../src/schemas/source.ts';

const data = loadDataset();

/** Every `sources` list in a value, with its path. */
function sourceLists(value: unknown, where: string): { where: string; ids: string[] }[] {
	const lists = new Map<string, string[]>();
	forEachSourceRef(value, (id, path) => {
		const key = `${where}:${path.slice(0, -1).join('.')}`;
		lists.set(key, [...(lists.get(key) ?? []), id]);
	});
	return [...lists].map(([key, ids]) => ({ where: key, ids }));
}

describe('sources', () => {
	it('every source names its outlet in Korean and in English', () => {
		const missing = data.sources.filter((s) => !s.publisherName).map((s) => s.id);
		expect(missing).toEqual([]);
	});

	it('the portal copy without an outlet is labelled as such in both languages', () => {
		const daum = data.sourceById.get('skt-s26')!;
		expect(daum.kind).toBe('mirror');
		expect(daum.publisherName?.ko).toContain('원 매체 표시 없음');
		expect(daum.publisherName?.en).toContain('outlet not shown');
	});

	it('a record cites its primary or press sources before any blog, mirror or other weak source', () => {
		const lists = [
			...data.incidents.flatMap((inc) => sourceLists(inc, inc.id)),
			...data.benchmarks.flatMap((b) => sourceLists(b, b.id)),
		];
		expect(lists.length).toBeGreaterThan(100);
		const weakFirst = lists.filter(({ ids }) => {
			const weak = ids.map((id) => WEAK_SOURCE_KINDS.has(data.sourceById.get(id)!.kind));
			return weak.some((w, i) => w && weak.slice(i + 1).some((later) => !later));
		});
		expect(weakFirst.map((l) => `${l.where} [${l.ids.join(', ')}]`)).toEqual([]);
	});
});
