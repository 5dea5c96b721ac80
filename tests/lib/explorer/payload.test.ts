import { describe, expect, it } from 'vitest';
import { getDataset } from '../../../src/lib/data/getDataset.ts';
import { citedSourceIds } from '../../../src/lib/data/sourceRefs.ts';
import { explorerPayload, explorerPayloadFile, payloadFileName, payloadJson } from '../../../src/lib/explorer/payload.ts';
import { toModelInputs } from '../../../src/lib/model/index.ts';

describe('explorer payload', () => {
	const data = getDataset();
	const payload = explorerPayload(data);

	it('carries the model inputs and exactly the sources they cite, each with its publisher, title and link', () => {
		expect(payload.inputs).toEqual(toModelInputs(data.model!));
		const cited = citedSourceIds(payload.inputs);
		expect(cited.length).toBeGreaterThan(10);
		expect(Object.keys(payload.sources).sort()).toEqual([...cited].sort());
		for (const id of cited) {
			const s = data.sourceById.get(id)!;
			expect(payload.sources[id]).toEqual({ publisher: s.publisher, title: s.title, url: s.url, published: s.published });
		}
	});

	it('survives the trip through its file unchanged: no dates, undefined fields or non-finite numbers lost on the way', () => {
		expect(JSON.parse(payloadJson(payload))).toStrictEqual(payload);
	});

	it('is named by its content: the same body gives the same name, a changed one another', () => {
		const json = payloadJson(payload);
		expect(payloadFileName(json)).toMatch(/^inputs\.[0-9a-f]{10}\.json$/);
		expect(payloadFileName(json)).toBe(payloadFileName(payloadJson(explorerPayload(data))));
		const changed = structuredClone(payload);
		changed.inputs.parameters[0]!.range.max += 1;
		expect(payloadFileName(payloadJson(changed))).not.toBe(payloadFileName(json));
	});

	it('is worked out once per data set: pages and file share one body, name and path', () => {
		const file = explorerPayloadFile(data);
		expect(explorerPayloadFile(data)).toBe(file);
		expect(file.json).toBe(payloadJson(payload));
		expect(file.name).toBe(payloadFileName(file.json));
		expect(file.href).toBe(`/model/${file.name}`);
	});
});
