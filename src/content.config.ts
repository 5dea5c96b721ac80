/**
 * Content collections over data/. No logic here: every file is read and validated by
 * loadDataset (the one validation edge), and a bad file throws, which stops `astro build`
 * with `file: field: reason` instead of building from a stale cache.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { loadDataset } from './lib/data/loadDataset.ts';
import { IncidentSchema } from './schemas/incident.ts';
import { SourceSchema } from './schemas/source.ts';

function datasetLoader(name: string, pick: (d: ReturnType<typeof loadDataset>) => { id: string }[]): Loader {
	return {
		name,
		load: async ({ store, parseData }) => {
			const entries = pick(loadDataset());
			store.clear();
			for (const entry of entries) {
				store.set({ id: entry.id, data: await parseData({ id: entry.id, data: entry as Record<string, unknown> }) });
			}
		},
	};
}

export const collections = {
	incidents: defineCollection({ loader: datasetLoader('incidents', (d) => d.incidents), schema: IncidentSchema }),
	sources: defineCollection({ loader: datasetLoader('sources', (d) => d.sources), schema: SourceSchema }),
};
