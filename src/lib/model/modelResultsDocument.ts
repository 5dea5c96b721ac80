// Build time only: every real package and named counterfactual as the published results document.
import type { ModelResultsDocument } from '../../schemas/modelResults.ts';
import { counterfactuals } from './counterfactuals.ts';
import type { ModelInputs } from './modelInputs.ts';
import { DEFAULT_DRAWS, DEFAULT_SEED, runModel, type RunOptions } from './runModel.ts';
import { defaultScenario } from './scenario.ts';
import type { BandStats, Stats } from './stats.ts';

const figures = (s: Stats) => ({ central: s.central, p5: s.p5, p50: s.p50, p95: s.p95 });
const band = (s: BandStats) => ({ ...figures(s), comonotonicP5: s.comonotonic.p5, comonotonicP95: s.comonotonic.p95 });

/** The results /data/model-results.json publishes (see src/schemas/modelResults.ts). */
export function modelResultsDocument(inputs: ModelInputs, options: RunOptions = {}): ModelResultsDocument {
	const real = inputs.incidents.map((i) => ({
		id: i.id,
		label: { ko: `${i.shortName.ko}: 실제 보상안`, en: `${i.shortName.en}: the real package` },
		kind: 'real' as const,
		scenario: defaultScenario(inputs, i.id),
	}));
	const runs = [...real, ...counterfactuals(inputs).map((c) => ({ ...c, kind: 'counterfactual' as const }))].map((run) => {
		const r = runModel(inputs, run.scenario, options);
		return {
			id: run.id,
			label: run.label,
			kind: run.kind,
			incident: r.incident,
			packageFrom: r.packageFrom,
			components: r.components.map((c) => ({ id: c.id, block: c.block, enabled: c.enabled, ...figures(c.cost) })),
			blocks: r.blocks.map((b) => ({ id: b.id, ...band(b.cost) })),
			totals: r.totals.map((t) => ({ id: t.id, ...band(t.cost) })),
			tieOut: r.tieOut.map((t) => ({
				quarter: t.quarter,
				operatingProfit: t.operatingProfit,
				operatingProfitYearBefore: t.operatingProfitYearBefore,
				reportedChange: t.reportedChange,
				nonBreachTotal: t.nonBreachTotal,
				modelled: figures(t.modelled),
				unexplained: figures(t.unexplained),
				nonDeductible: t.nonDeductible,
				comparable: t.comparable,
			})),
		};
	});
	return { currency: 'KRW', draws: options.draws ?? DEFAULT_DRAWS, seed: options.seed ?? DEFAULT_SEED, runs };
}
