// How the timeline tells event kinds apart without relying on colour.
import type { IncidentEvent } from '../../schemas/event.ts';
import type { SymbolImplementation, SymbolName } from '@observablehq/plot';

type Kind = IncidentEvent['kind'];

/** A group of event kinds sharing one symbol; its key entry is `chart.timeline.group.<id>` in messages.ts. */
export type EventGroupId = 'intrusion' | 'disclosure' | 'report' | 'remedy' | 'sanction' | 'other';

/** Point events by group: each group has its own Plot symbol and a key entry. */
export const EVENT_GROUPS: readonly { id: EventGroupId; symbol: SymbolName; kinds: readonly Kind[] }[] = [
	{ id: 'intrusion', symbol: 'times', kinds: ['intrusion', 'detection'] },
	{ id: 'disclosure', symbol: 'star', kinds: ['disclosure'] },
	{ id: 'report', symbol: 'square', kinds: ['report', 'investigation'] },
	{ id: 'remedy', symbol: 'triangle', kinds: ['remedy', 'waiver-window', 'refund-window'] },
	{ id: 'sanction', symbol: 'diamond', kinds: ['fine', 'sales-halt', 'mediation', 'lawsuit', 'arrest'] },
	{ id: 'other', symbol: 'circle', kinds: ['earnings', 'other'] },
];

export function symbolOf(kind: Kind): SymbolName {
	return EVENT_GROUPS.find((g) => g.kinds.includes(kind))?.symbol ?? 'circle';
}

/** A flat bar, drawn like a Plot symbol, for the key entry of windows. */
export const WINDOW_SYMBOL: SymbolImplementation = {
	draw(context, size) {
		const w = Math.sqrt(size) * 0.9;
		context.rect(-w, -3, 2 * w, 6);
	},
};

/**
 * Kinds named on the chart, most important first; the rest are in tips and the table. Disclosure
 * needs no label: it is day 0, marked by the dashed rule and the star.
 */
export const KEY_KINDS: readonly Kind[] = ['waiver-window', 'fine', 'sales-halt', 'refund-window'];
