// Keeps chart labels apart without measuring the DOM.

/** A label to place along x: its anchor position and estimated width, both in px. */
export interface LaneItem {
	x: number;
	width: number;
}

/** Where a label went: its lane (0 = nearest its mark) and which side of the anchor the text runs. */
export interface LanePlace {
	lane: number;
	side: 'start' | 'end';
}

/**
 * Greedy lane assignment for labels stacked above their marks. Each item, in the order given (most
 * important first), takes the lowest lane where its text, running right of its anchor or else left of
 * it, stays within `bounds` and overlaps no other label and no leader line (a label in lane k has a hairline at its anchor
 * running down through the lanes below k). null = no room: leave the item unlabelled.
 */
export function assignLanes(
	items: readonly LaneItem[],
	lanes: number,
	bounds: readonly [number, number] = [-Infinity, Infinity],
	gap = 6,
	/** False when nothing joins a label to its anchor (labels above one another need not keep clear of it). */
	leaders = true,
): (LanePlace | null)[] {
	const boxes: LaneItem[][] = Array.from({ length: lanes }, () => []);
	const lines: number[][] = Array.from({ length: lanes }, () => []);
	const clear = (a: LaneItem, b: LaneItem) => a.x + a.width + gap <= b.x || b.x + b.width + gap <= a.x;
	const misses = (box: LaneItem, x: number) => x < box.x - 2 || x > box.x + box.width + 2;
	return items.map((item) => {
		for (let lane = 0; lane < lanes; lane++) {
			for (const side of ['start', 'end'] as const) {
				const box = side === 'start' ? item : { x: item.x - item.width, width: item.width };
				const fits =
					box.x >= bounds[0] &&
					box.x + box.width <= bounds[1] &&
					boxes[lane]!.every((b) => clear(box, b)) &&
					lines[lane]!.every((x) => misses(box, x)) &&
					(!leaders || boxes.slice(0, lane).every((below) => below.every((b) => misses(b, item.x))));
				if (!fits) continue;
				boxes[lane]!.push(box);
				if (leaders) for (let j = 0; j < lane; j++) lines[j]!.push(item.x);
				return { lane, side };
			}
		}
		return null;
	});
}

/**
 * Vertical offsets (px) that push end-of-line labels at pixel positions `ys` at least `minGap` apart,
 * moving each as little as possible from its anchor (top to bottom, then back up if the last overflows).
 */
export function spreadLabels(ys: readonly number[], minGap: number): number[] {
	const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
	const pos = order.map((o) => o.y);
	for (let k = 1; k < pos.length; k++) pos[k] = Math.max(pos[k]!, pos[k - 1]! + minGap);
	const offsets = new Array<number>(ys.length).fill(0);
	order.forEach((o, k) => (offsets[o.i] = pos[k]! - o.y));
	return offsets;
}
