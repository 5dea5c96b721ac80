// Ships to the browser: the four blocks every modelled cost belongs to.
import type { LocalizedText } from './localizedText.ts';

/**
 * `remedies`: one-off costs and revenue forgone on what customers were given; `churn`: margin lost
 * on customers who left and on the sales halt; `sanctions`: fines as imposed, with pending fines and
 * claims kept as a scenario beside the totals; `security`: the present value of pledged security
 * spending above a growing baseline. Blocks are never summed into one another silently: the
 * headline totals (totals.ts) say exactly which blocks they add.
 */
export const BLOCKS = ['remedies', 'churn', 'sanctions', 'security'] as const;
export type Block = (typeof BLOCKS)[number];

/** Display names of the blocks. */
export const BLOCK_LABELS: Readonly<Record<Block, LocalizedText>> = {
	remedies: { ko: '고객 보상', en: 'Customer remedies' },
	churn: { ko: '잃은 고객', en: 'Customers lost' },
	sanctions: { ko: '제재(확정)', en: 'Sanctions (decided)' },
	security: { ko: '보안 투자(현재가치)', en: 'Security investment (present value)' },
};

/**
 * Who a component's cost went to, which fixes the only denominator it may be divided by:
 * `all-customers` — everyone eligible for an all-customer package; `affected` — the people whose
 * data was exposed; `leavers` — customers who left under the waiver; `none` — no recipient
 * (lost margin, fines, security), so no per-unit figure.
 */
export const AUDIENCES = ['all-customers', 'affected', 'leavers', 'none'] as const;
export type Audience = (typeof AUDIENCES)[number];
