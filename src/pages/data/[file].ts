/** Data downloads: the whole validated dataset as JSON, each table as CSV, and the JSON Schemas. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../lib/data/getDataset.ts';
import { exportTables, tableToCsv } from '../../lib/data/exportTables.ts';
import { JSON_SCHEMAS, jsonSchema } from '../../lib/data/jsonSchemas.ts';
import { publishedDataset } from '../../lib/data/publishedDataset.ts';
import { toModelInputs } from '../../lib/model/index.ts';
import { modelResultsDocument } from '../../lib/model/modelResultsDocument.ts';

export const getStaticPaths = (() => {
	const tables = Object.keys(exportTables(getDataset()));
	return [
		{ params: { file: 'dataset.json' }, props: { kind: 'dataset' } },
		// The model's results, when the data has a model (fixture data sets may not).
		...(getDataset().model ? [{ params: { file: 'model-results.json' }, props: { kind: 'model-results' } }] : []),
		...tables.map((t) => ({ params: { file: `${t}.csv` }, props: { kind: 'csv', name: t } })),
		...Object.keys(JSON_SCHEMAS).map((s) => ({ params: { file: `${s}.schema.json` }, props: { kind: 'schema', name: s } })),
	];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const { kind, name } = props as { kind: 'dataset' | 'csv' | 'schema' | 'model-results'; name?: string };
	const d = getDataset();
	if (kind === 'csv') {
		return new Response(`\uFEFF${tableToCsv(exportTables(d)[name!]!)}`, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
	}
	const body =
		kind === 'schema'
			? jsonSchema(name!)
			: kind === 'model-results'
				? modelResultsDocument(toModelInputs(d.model!))
				: publishedDataset(d);
	return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
