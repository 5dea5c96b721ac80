// Ships to the browser: axis ticks thinned so their labels never touch.
import { scaleLinear } from 'd3';
import { textWidth } from './textFit.ts';

/** How many tick labels about `labelWidth` px wide fit along `length` px with a gap between them. */
export function ticksThatFit(length: number, labelWidth: number): number {
	return Math.max(2, Math.floor(length / (labelWidth + 16)));
}

/** Powers of ten from `lo` to `hi`, keeping every k-th so that at most `count` remain. */
export function powersOfTen(lo: number, hi: number, count: number): number[] {
	const from = Math.floor(Math.log10(Math.max(lo, 1e-12)));
	const to = Math.ceil(Math.log10(Math.max(hi, lo * 10)));
	const all = Array.from({ length: to - from + 1 }, (_, i) => 10 ** (from + i));
	const every = Math.ceil(all.length / Math.max(1, count));
	return all.filter((_, i) => i % every === 0);
}

/**
 * Round ticks for a linear axis from `lo` to `hi` drawn `length` px long: the most that d3 offers
 * whose labels (as `format` writes them at `fontSize`) still sit apart.
 */
export function linearTicks(lo: number, hi: number, length: number, format: (d: number) => string, fontSize: number): number[] {
	const scale = scaleLinear().domain([lo, hi]);
	for (let n = 10; n > 1; n--) {
		const ticks = scale.ticks(n);
		const widest = Math.max(...ticks.map((d) => textWidth(format(d), fontSize)));
		if (ticks.length * (widest + 16) <= length) return ticks;
	}
	return [lo, hi];
}
