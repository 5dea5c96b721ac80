/** Build-time access to the validated dataset, read once per build. */
import { loadDataset, type Dataset } from './loadDataset.ts';

let cached: Dataset | undefined;

export function getDataset(): Dataset {
	cached ??= loadDataset();
	return cached;
}
