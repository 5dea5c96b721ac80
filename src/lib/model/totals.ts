// Ships to the browser: which components each block subtotal and each headline total adds up.
import { BLOCKS, type Block } from './blocks.ts';
import type { LocalizedText } from './localizedText.ts';
import { COMPONENTS } from './components.ts';
import type { ComponentSpec } from './componentSpec.ts';

/**
 * The headline totals. `remedy` — the cost of the remedy: block (a) alone, the default answer to
 * "what did the remedy cost"; `breach` — the total cost of the breach: remedies + customers lost +
 * sanctions already imposed; `pending` — pending fines, mediation awards and claims, a scenario
 * shown beside the breach total and never inside it; `security` — the present value of the
 * security pledge's increment, shown beside the breach total because it buys something.
 */
export const TOTALS = ['remedy', 'breach', 'pending', 'security'] as const;
export type TotalId = (typeof TOTALS)[number];

export const TOTAL_LABELS: Readonly<Record<TotalId, LocalizedText>> = {
	remedy: { ko: '보상 비용', en: 'Cost of the remedy' },
	breach: { ko: '사고 총비용(보상+이탈+확정 제재)', en: 'Total cost of the breach (remedies + customers lost + decided sanctions)' },
	pending: { ko: '미확정 제재·배상(시나리오, 합계 밖)', en: 'Pending fines and claims (scenario, outside the total)' },
	security: { ko: '보안 투자 증분(현재가치, 합계 밖)', en: 'Security increment (present value, outside the total)' },
};

/** Whether a component counts in a block's subtotal: sanctions count only once decided. */
export function inBlock(spec: ComponentSpec, block: Block): boolean {
	return spec.block === block && (block !== 'sanctions' || spec.decided);
}

/** Whether a component counts in a headline total. */
export function inTotal(spec: ComponentSpec, total: TotalId): boolean {
	switch (total) {
		case 'remedy':
			return spec.block === 'remedies';
		case 'breach':
			return spec.block === 'remedies' || spec.block === 'churn' || (spec.block === 'sanctions' && spec.decided);
		case 'pending':
			return spec.block === 'sanctions' && !spec.decided;
		case 'security':
			return spec.block === 'security';
	}
}

/** Component indices (COMPONENTS order) of each block and each total. */
export const BLOCK_MEMBERS: Readonly<Record<Block, readonly number[]>> = Object.fromEntries(
	BLOCKS.map((b) => [b, COMPONENTS.flatMap((c, i) => (inBlock(c, b) ? [i] : []))]),
) as Record<Block, number[]>;
export const TOTAL_MEMBERS: Readonly<Record<TotalId, readonly number[]>> = Object.fromEntries(
	TOTALS.map((t) => [t, COMPONENTS.flatMap((c, i) => (inTotal(c, t) ? [i] : []))]),
) as Record<TotalId, number[]>;
