/** A small seeded PRNG (mulberry32), so generated test cases are the same on every run and machine. */

export interface SeededRandom {
	/** Uniform in [0, 1). */
	next(): number;
	/** Integer in [0, n). */
	int(n: number): number;
	pick<T>(items: readonly T[]): T;
	/** Up to `n` distinct items, in random order. */
	sample<T>(items: readonly T[], n: number): T[];
}

export function seededRandom(seed: number): SeededRandom {
	let a = seed >>> 0;
	const next = (): number => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (n: number): number => Math.floor(next() * n);
	return {
		next,
		int,
		pick: <T>(items: readonly T[]): T => {
			if (items.length === 0) throw new Error('pick from an empty list');
			return items[int(items.length)]!;
		},
		sample: <T>(items: readonly T[], n: number): T[] => {
			const copy = [...items];
			for (let i = copy.length - 1; i > 0; i--) {
				const j = int(i + 1);
				[copy[i], copy[j]] = [copy[j]!, copy[i]!];
			}
			return copy.slice(0, n);
		},
	};
}
