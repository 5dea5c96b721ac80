/**
 * The sources a summary cites for a figure: the strongest few, primary ones (government, company,
 * court) first, then press and other secondary sources, weak kinds (blog, mirror, other) last, each
 * group in the order the data lists them. The overview and the brief cite figures this way so their
 * reference lists stay short; the incident and chart pages cite every source of the same figure.
 */
import type { Source, SourceKind } from '../../schemas/source.ts';
import { SOURCE_KINDS } from '../../schemas/source.ts';

/**
 * How many sources a summary page cites per figure. One keeps the overview inside TCP's first round
 * trip (README, Performance); the overview's note (`overview.citeNote`) says "its strongest source".
 */
export const SUMMARY_SOURCES_PER_FIGURE = 1;

const rank = (kind: SourceKind | undefined): number => (kind === undefined ? SOURCE_KINDS.length : SOURCE_KINDS.indexOf(kind));

export function leadingSources(ids: readonly string[], sourceById: ReadonlyMap<string, Pick<Source, 'kind'>>, max = SUMMARY_SOURCES_PER_FIGURE): string[] {
	return [...new Set(ids)]
		.map((id, order) => ({ id, order, rank: rank(sourceById.get(id)?.kind) }))
		.sort((a, b) => a.rank - b.rank || a.order - b.order)
		.slice(0, max)
		.map((s) => s.id);
}

/**
 * For a sentence or cell that names several items, each with its own sources: the strongest source
 * of each item, every source listed once.
 */
export function leadingSourceOfEach(lists: readonly (readonly string[])[], sourceById: ReadonlyMap<string, Pick<Source, 'kind'>>): string[] {
	return [...new Set(lists.flatMap((ids) => leadingSources(ids, sourceById, 1)))];
}
