/** Folds several Lighthouse rounds into one row per page: the median of each score, and the range of performance. */
import type { LighthouseScores } from './lighthouse.ts';
import { quantile } from './quantile.ts';

export interface MedianScores extends LighthouseScores {
	/** Lowest and highest performance score over the runs. */
	performanceRange: readonly [number, number];
}

/** Per page, the median of each score and of LCP over several rounds of runLighthouse (same URLs, same order). */
export function medianScores(rounds: readonly (readonly LighthouseScores[])[]): MedianScores[] {
	const median = (xs: number[]) => Math.round(quantile([...xs].sort((a, b) => a - b), 0.5));
	return rounds[0]!.map((first, i) => {
		const runs = rounds.map((r) => r[i]!);
		const of = (k: 'performance' | 'accessibility' | 'bestPractices' | 'seo' | 'lcpMs') => median(runs.map((r) => r[k]));
		const perf = runs.map((r) => r.performance);
		return {
			url: first.url,
			performance: of('performance'),
			accessibility: of('accessibility'),
			bestPractices: of('bestPractices'),
			seo: of('seo'),
			lcpMs: of('lcpMs'),
			performanceRange: [Math.min(...perf), Math.max(...perf)],
		};
	});
}
