/** A short content hash of the validated dataset: changes whenever any figure, source or label does. */
import { createHash } from 'node:crypto';
import type { Dataset } from './loadDataset.ts';

export function datasetVersion(d: Dataset): string {
	const { sourceById: _omit, ...plain } = d;
	return createHash('sha256').update(JSON.stringify(plain)).digest('hex').slice(0, 12);
}
