// How the timeline tells event kinds apart without relying on colour.
import type { IncidentEvent } from '../../schemas/event.ts';
import type { SymbolImplementation, SymbolName } from '@observablehq/plot';
import type { ChartContext } from '../shared/types.ts';

type Kind = IncidentEvent['kind'];

/** Point events by group: each group has its own Plot symbol and a key entry. */
export const EVENT_GROUPS: readonly { symbol: SymbolName; kinds: readonly Kind[]; label: Record<ChartContext['locale'], string> }[] = [
	{ symbol: 'times', kinds: ['intrusion', 'detection'], label: { ko: '침투·탐지', en: 'Intrusion, detection' } },
	{ symbol: 'star', kinds: ['disclosure'], label: { ko: '공개', en: 'Disclosure' } },
	{ symbol: 'square', kinds: ['report', 'investigation'], label: { ko: '신고·조사', en: 'Report, investigation' } },
	{ symbol: 'triangle', kinds: ['remedy', 'waiver-window', 'refund-window'], label: { ko: '보상·대책', en: 'Remedy' } },
	{ symbol: 'diamond', kinds: ['fine', 'sales-halt', 'mediation', 'lawsuit', 'arrest'], label: { ko: '제재·법적 절차', en: 'Sanction, legal' } },
	{ symbol: 'circle', kinds: ['earnings', 'other'], label: { ko: '기타', en: 'Other' } },
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
