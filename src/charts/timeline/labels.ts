// Where the timeline names its key events, so that no two labels collide.
import { assignLanes, type LanePlace } from '../shared/labelPlacement.ts';
import { textWidth } from '../shared/textFit.ts';
import type { TimelineRow } from './rows.ts';
import { KEY_KINDS } from './symbols.ts';

export interface LabelPlan {
	/** Labels stacked above the row, with a leader down to the mark. */
	above: Map<TimelineRow, LanePlace>;
	/** Window labels beside their own bar: `start` = after the bar's end, `end` = before its start. */
	beside: Map<TimelineRow, 'start' | 'end'>;
}

interface Geometry {
	/** Pixel x of a day. */
	px: (day: number) => number;
	/** Clipped start and end day of a row. */
	clip: (r: TimelineRow) => { x1: number; x2: number };
	windowLane: ReadonlyMap<TimelineRow, number>;
	bounds: readonly [number, number];
	lanes: number;
	fontSize: number;
}

/**
 * A window's label goes beside its bar when its lane has room (it reads best there); every other key
 * event, and a window without room, goes to the lanes above the row. What fits nowhere stays unlabelled.
 */
export function planLabels(incidentIds: readonly string[], visible: readonly TimelineRow[], g: Geometry): LabelPlan {
	const plan: LabelPlan = { above: new Map(), beside: new Map() };
	const width = (r: TimelineRow) => textWidth(r.kindLabel, g.fontSize) + 6;
	for (const id of incidentIds) {
		const mine = visible
			.filter((r) => r.incidentId === id && KEY_KINDS.includes(r.kind))
			.sort((a, b) => KEY_KINDS.indexOf(a.kind) - KEY_KINDS.indexOf(b.kind) || a.day - b.day);
		// Occupied pixel spans per window lane: the bars themselves, then labels as they are placed.
		const taken = new Map<number, [number, number][]>();
		for (const r of visible.filter((v) => v.incidentId === id && g.windowLane.has(v))) {
			const lane = g.windowLane.get(r)!;
			taken.set(lane, [...(taken.get(lane) ?? []), [g.px(g.clip(r).x1), g.px(g.clip(r).x2)]]);
		}
		const free = (lane: number, a: number, b: number) =>
			a >= g.bounds[0] && b <= g.bounds[1] && (taken.get(lane) ?? []).every(([x1, x2]) => b + 3 <= x1 || x2 + 3 <= a);
		const rest: TimelineRow[] = [];
		for (const r of mine) {
			const lane = g.windowLane.get(r);
			const { x1, x2 } = g.clip(r);
			const after: [number, number] = [g.px(x2) + 3, g.px(x2) + 3 + width(r)];
			const before: [number, number] = [g.px(x1) - 3 - width(r), g.px(x1) - 3];
			const side = lane === undefined ? null : free(lane, ...after) ? 'start' : free(lane, ...before) ? 'end' : null;
			if (lane === undefined || !side) {
				rest.push(r);
				continue;
			}
			plan.beside.set(r, side);
			taken.get(lane)!.push(side === 'start' ? after : before);
		}
		const placed = assignLanes(rest.map((r) => ({ x: g.px(g.clip(r).x1), width: width(r) })), g.lanes, g.bounds);
		rest.forEach((r, i) => placed[i] && plan.above.set(r, placed[i]!));
	}
	return plan;
}
