import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantiles } from '../../src/lib/model/quantiles.ts';
import { seededRandom, streamFor } from '../../src/lib/model/random.ts';
import { Z95, normalQuantile, splitNormalAt } from '../../src/lib/model/splitNormal.ts';
import { expectClose } from './support/realInputs.ts';

/** numpy's default quantile (linear interpolation), by sorting: the reference. */
function sortedQuantile(values: number[], q: number): number {
	const s = [...values].sort((a, b) => a - b);
	const h = (s.length - 1) * q;
	const k = Math.floor(h);
	return s[k]! + (h - k) * ((s[Math.min(k + 1, s.length - 1)] ?? s[k]!) - s[k]!);
}

describe('seededRandom', () => {
	it('seededRandom(seed) repeats its sequence for the same seed and stays in [0, 1)', () => {
		const a = seededRandom(42);
		const b = seededRandom(42);
		for (let i = 0; i < 1000; i++) {
			const x = a();
			expect(x).toBe(b());
			expect(x).toBeGreaterThanOrEqual(0);
			expect(x).toBeLessThan(1);
		}
	});

	it('streamFor(seed, i) gives each parameter a different stream', () => {
		expect(streamFor(7, 0)()).not.toBe(streamFor(7, 1)());
	});

	it('seededRandom(seed) has a mean near one half', () => {
		const r = seededRandom(1);
		let sum = 0;
		for (let i = 0; i < 100_000; i++) sum += r();
		expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.005);
	});
});

describe('normalQuantile', () => {
	it('normalQuantile(u) matches the standard normal table', () => {
		expect(normalQuantile(0.5)).toBe(0);
		expectClose(normalQuantile(0.95), 1.6448536269514722, 1e-8);
		expectClose(normalQuantile(0.05), -1.6448536269514722, 1e-8);
		expectClose(normalQuantile(0.975), 1.959963984540054, 1e-8);
		expectClose(normalQuantile(0.001), -3.090232306167813, 1e-8);
	});
});

describe('splitNormalAt', () => {
	it('splitNormalAt(low, central, high, min, max, z) puts low, central and high at P5, P50 and P95', () => {
		expect(splitNormalAt(10, 20, 50, 0, 100, 0)).toBe(20);
		expectClose(splitNormalAt(10, 20, 50, 0, 100, -Z95), 10);
		expectClose(splitNormalAt(10, 20, 50, 0, 100, Z95), 50);
	});

	it('splitNormalAt clamps to the allowed range and keeps a point estimate a point', () => {
		expect(splitNormalAt(10, 20, 50, 15, 40, -3)).toBe(15);
		expect(splitNormalAt(10, 20, 50, 15, 40, 3)).toBe(40);
		expect(splitNormalAt(5, 5, 5, 0, 10, 2.5)).toBe(5);
	});

	it('splitNormalAt over seeded normal scores has its stated P5, P50 and P95 as empirical percentiles', () => {
		const r = seededRandom(3);
		const n = 100_000;
		const draws: number[] = [];
		for (let i = 0; i < n; i++) draws.push(splitNormalAt(100, 400, 820, 0, 10_000, normalQuantile(r() || 2 ** -32)));

		expect(Math.abs(sortedQuantile(draws, 0.05) - 100) / 100).toBeLessThan(0.05);
		expect(Math.abs(sortedQuantile(draws, 0.5) - 400) / 400).toBeLessThan(0.01);
		expect(Math.abs(sortedQuantile(draws, 0.95) - 820) / 820).toBeLessThan(0.01);
	});
});

describe('quantiles', () => {
	it('quantiles(values, qs) equals the sorted-array definition for any values', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -1e12, max: 1e12, noNaN: true }), { minLength: 1, maxLength: 3000 }),
				fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }),
				(values, qs) => {
					const got = quantiles(Float64Array.from(values), qs);
					qs.forEach((q, i) => expectClose(got[i]!, sortedQuantile(values, q), 1e-12));
				},
			),
			{ numRuns: 300 },
		);
	});

	it('quantiles(values, qs) handles heavy ties and skew', () => {
		const values = Float64Array.from({ length: 10_000 }, (_, i) => (i % 7 === 0 ? 1e9 : i < 9000 ? 5 : i));

		const got = quantiles(values, [0.05, 0.5, 0.95]);

		[0.05, 0.5, 0.95].forEach((q, i) => expect(got[i]).toBe(sortedQuantile([...values], q)));
	});

	it('quantiles(values, qs) does not reorder its input', () => {
		const values = Float64Array.from([5, 1, 4, 2, 3]);

		quantiles(values, [0.5]);

		expect([...values]).toEqual([5, 1, 4, 2, 3]);
	});
});
