/** The live explorer's inputs (lib/explorer/payload.ts), one file for both languages, named by its hash. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset } from '../../lib/data/getDataset.ts';
import { explorerPayloadFile } from '../../lib/explorer/payload.ts';

export const getStaticPaths = (() => {
	// Fixture data sets without a model/ directory build no explorer.
	const data = getDataset();
	if (!data.model) return [];
	const { json, name } = explorerPayloadFile(data);
	return [{ params: { file: name }, props: { json } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { json: string }).json, { headers: { 'content-type': 'application/json; charset=utf-8' } });
