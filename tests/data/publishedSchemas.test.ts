/**
 * The published dataset (what /data/dataset.json serves) validates against the JSON Schemas the site
 * publishes beside it, in a standard draft 2020-12 validator with the standard formats. Built
 * in-process from data/, not read from dist/.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/loadDataset.ts';
import { jsonSchema } from '../../src/lib/data/jsonSchemas.ts';
import { publishedDataset, toUri } from '../../src/lib/data/publishedDataset.ts';

// ajv-formats ships as CommonJS; its default export sits one level down under Node's ESM loader.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validator = (name: string) => ajv.compile(jsonSchema(name) as object);
const errorsOf = (name: string, value: unknown): string[] => {
	const validate = validator(name);
	// Through JSON, exactly as the file is served.
	return validate(JSON.parse(JSON.stringify(value))) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
};

const data = loadDataset();
const published = publishedDataset(data);

describe('the published dataset against its own JSON Schemas', () => {
	it.each(published.incidents.map((inc) => [inc.id, inc] as const))('incident %s', (_id, inc) => {
		expect(errorsOf('incident', inc)).toEqual([]);
	});

	it.each(published.benchmarks.map((b) => [b.id, b] as const))('benchmark %s', (_id, b) => {
		expect(errorsOf('benchmark', b)).toEqual([]);
	});

	it('sources, exchange rates and corrections', () => {
		expect(errorsOf('sources', published.sources)).toEqual([]);
		expect(errorsOf('fx', published.fx)).toEqual([]);
		expect(errorsOf('corrections', published.corrections)).toEqual([]);
		expect(published.corrections.length).toBeGreaterThan(0);
	});

	it('the cost model: parameters, incidents and reconciliation', () => {
		const model = published.model!;
		expect(errorsOf('model-parameters', model.assumptions)).toEqual([]);
		expect(errorsOf('model-incidents', model.incidents)).toEqual([]);
		expect(errorsOf('model-reconciliation', model.reconciliation)).toEqual([]);
	});

	it('a URL with raw Hangul fails format: uri, and its published form passes', () => {
		const raw = data.sources.filter((s) => /[^\x21-\x7e]/u.test(s.url));
		expect(raw.length).toBeGreaterThan(0);
		expect(errorsOf('sources', raw).some((e) => e.includes('format "uri"'))).toBe(true);
		expect(errorsOf('sources', raw.map((s) => ({ ...s, url: toUri(s.url) })))).toEqual([]);
	});

	it('percent-encoding keeps the readable address recoverable and leaves existing escapes alone', () => {
		const hangul = 'https://it.example.com/지난해-점유율?q=%EB%B2%88';
		expect(toUri(hangul)).toBe('https://it.example.com/%EC%A7%80%EB%82%9C%ED%95%B4-%EC%A0%90%EC%9C%A0%EC%9C%A8?q=%EB%B2%88');
		expect(decodeURI(toUri(hangul))).toBe(decodeURI(hangul));
		for (const s of published.sources) expect(decodeURI(s.url)).toBe(decodeURI(data.sourceById.get(s.id)!.url));
	});
});
