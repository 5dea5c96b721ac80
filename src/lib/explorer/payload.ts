/**
 * What the live explorer needs beyond the page: the model's inputs and the sources its fields cite.
 *
 * It is the same for both languages (86 KB, 24 KB gzipped), so it is one file, fetched when the
 * explorer wakes, rather than a block in each page: a reader who only reads the default scenario
 * never downloads it, and the page paints sooner. The file name carries a hash of its content, so a
 * page never pairs with another build's inputs and a host may cache the file for good.
 */
import { createHash } from 'node:crypto';
import type { Dataset } from '../data/loadDataset.ts';
import { citedSourceIds } from '../data/sourceRefs.ts';
import { toModelInputs, type ModelInputs } from '../model/index.ts';
import type { SourceLink } from './html.ts';

export interface ExplorerPayload {
	inputs: ModelInputs;
	sources: Record<string, SourceLink>;
}

/** The model's inputs and every source they cite, for a data set with a model. */
export function explorerPayload(data: Dataset): ExplorerPayload {
	const inputs = toModelInputs(data.model!);
	const sources: Record<string, SourceLink> = Object.fromEntries(
		citedSourceIds(inputs).map((id) => {
			const s = data.sourceById.get(id)!;
			return [id, { publisher: s.publisher, title: s.title, url: s.url, published: s.published }];
		}),
	);
	return { inputs, sources };
}

/** The file's body. */
export function payloadJson(payload: ExplorerPayload): string {
	return JSON.stringify(payload);
}

/** The file's name under /model/: `inputs.<first 10 hex digits of the body's SHA-256>.json`. */
export function payloadFileName(json: string): string {
	return `inputs.${createHash('sha256').update(json).digest('hex').slice(0, 10)}.json`;
}

export interface PayloadFile {
	payload: ExplorerPayload;
	json: string;
	/** The file's name, from payloadFileName. */
	name: string;
	/** The path pages fetch it from: src/pages/model/[file].ts writes it there. */
	href: string;
}

const files = new WeakMap<Dataset, PayloadFile>();

/** The payload, its body and its path, worked out once per data set for both pages and the file itself. */
export function explorerPayloadFile(data: Dataset): PayloadFile {
	let file = files.get(data);
	if (!file) {
		const payload = explorerPayload(data);
		const json = payloadJson(payload);
		const name = payloadFileName(json);
		file = { payload, json, name, href: `/model/${name}` };
		files.set(data, file);
	}
	return file;
}
