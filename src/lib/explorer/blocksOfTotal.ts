// Ships to the browser: which whole blocks a headline total adds, so the headline can say so.
import { BLOCKS, type Block } from '../model/blocks.ts';
import { BLOCK_MEMBERS, TOTAL_MEMBERS, type TotalId } from '../model/totals.ts';

/**
 * The blocks whose every component a total counts: the cost of the remedy adds customer remedies,
 * the breach total adds remedies, customers lost and decided sanctions. A total that adds no whole
 * block (pending fines and claims, a part of sanctions) gives an empty list.
 */
export function blocksOfTotal(total: TotalId): Block[] {
	const members = new Set(TOTAL_MEMBERS[total]);
	return BLOCKS.filter((b) => BLOCK_MEMBERS[b].length > 0 && BLOCK_MEMBERS[b].every((c) => members.has(c)));
}
