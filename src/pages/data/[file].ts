/** Data downloads: the whole validated dataset as JSON, each table as CSV, and the JSON Schemas. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../lib/data/getDataset.ts';
import { exportTables, tableToCsv } from '../../lib/data/exportTables.ts';
import { JSON_SCHEMAS, jsonSchema } from '../../lib/data/jsonSchemas.ts';
import { publishedDataset } from '../../lib/data/publishedDataset.ts';

export const getStaticPaths = (() => {
	const tables = Object.keys(exportTables(getDataset()));
	return [
		{ params: { file: 'dataset.json' }, props: { kind: 'dataset' } },
		...tables.map((t) => ({ params: { file: `${t}.csv` }, props: { kind: 'csv', name: t } })),
		...Object.keys(JSON_SCHEMAS).map((s) => ({ params: { file: `${s}.schema.json` }, props: { kind: 'schema', name: s } })),
	];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const { kind, name } = props as { kind: 'dataset' | 'csv' | 'schema'; name?: string };
	const d = getDataset();
	if (kind === 'csv') {
		return new Response(`\uFEFF${tableToCsv(exportTables(d)[name!]!)}`, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
	}
	const body = kind === 'schema' ? jsonSchema(name!) : publishedDataset(d);
	return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
