/**
 * The dataset as published at /data/dataset.json: the validated data with its version. Source URLs
 * are written percent-encoded (RFC 3986), so the file validates against its own JSON Schemas'
 * `format: uri`; pages keep showing and linking the readable form.
 */
import type { Dataset } from './loadDataset.ts';
import { datasetVersion } from './datasetVersion.ts';

/** Percent-encodes only the characters a URI may not contain (Hangul, spaces…); existing escapes stay. */
export function toUri(url: string): string {
	return url.replace(/[^\x21-\x7e]+/gu, (run) => encodeURIComponent(run));
}

export function publishedDataset(d: Dataset) {
	return {
		version: datasetVersion(d),
		incidents: d.incidents,
		sources: d.sources.map((s) => ({ ...s, url: toUri(s.url) })),
		fx: d.fx,
		corrections: d.corrections,
		benchmarks: d.benchmarks,
		model: d.model ?? null,
	};
}
