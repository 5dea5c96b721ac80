import { describe, expect, it } from 'vitest';
import type { LighthouseScores } from './lighthouse.ts';
import { medianScores } from './medianScores.ts';

const run = (url: string, performance: number, lcpMs: number, accessibility = 100): LighthouseScores => ({
	url,
	performance,
	accessibility,
	bestPractices: 100,
	seo: 100,
	lcpMs,
});

describe('medianScores', () => {
	it('gives each page the median of its rounds and the range of its performance score', () => {
		const rounds = [
			[run('/a', 99, 700), run('/b', 88, 900, 95)],
			[run('/a', 100, 760), run('/b', 97, 1000)],
			[run('/a', 93, 720), run('/b', 98, 950)],
		];
		expect(medianScores(rounds)).toEqual([
			{ url: '/a', performance: 99, accessibility: 100, bestPractices: 100, seo: 100, lcpMs: 720, performanceRange: [93, 100] },
			{ url: '/b', performance: 97, accessibility: 100, bestPractices: 100, seo: 100, lcpMs: 950, performanceRange: [88, 98] },
		]);
	});

	it('with an even number of rounds takes the mean of the middle two, rounded', () => {
		expect(medianScores([[run('/a', 96, 700)], [run('/a', 99, 751)]])[0]).toMatchObject({ performance: 98, lcpMs: 726, performanceRange: [96, 99] });
	});

	it('with one round reports that round, its range a single point', () => {
		expect(medianScores([[run('/a', 97, 800)]])[0]).toMatchObject({ performance: 97, lcpMs: 800, performanceRange: [97, 97] });
	});
});
