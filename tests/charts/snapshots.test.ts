/**
 * Every chart in the catalogue, snapshotted on fixtures only (synthetic carriers, model inputs and
 * benchmark case), so a correction in data/ never rewrites a snapshot: tests/output/charts/<id>-<locale>.svg,
 * <id>-<view>-<locale>.svg for each view, and the phone drawings as <id>[-<view>]-narrow-<locale>.svg.
 */
import { describe, expect, it } from 'vitest';
import { benchmarksChart } from '../../src/charts/benchmarks/index.ts';
import { CHARTS } from '../../src/charts/catalogue.ts';
import type { ChartSpec } from '../../src/charts/shared/types.ts';
import { LOCALES, type Locale } from '../../src/lib/format/locale.ts';
import { fixtureBenchmarkRows } from '../fixtures/benchmarkRows.ts';
import { alpha, beta } from '../fixtures/carriers.ts';
import { CHART_FNS, MODEL_CHART_FNS, WIDTH, modelFixture } from './charts.ts';
import { expectSvgSnapshot } from './snapshot.ts';

const ctx = (locale: Locale) => ({ locale, width: WIDTH });

type Build = (locale: Locale) => ChartSpec<any>;

const FIXTURE_CHARTS: readonly (readonly [string, Build])[] = [
	...CHART_FNS.map(([id, chart]): [string, Build] => [id, (l) => chart([alpha(), beta()], ctx(l))]),
	...MODEL_CHART_FNS.map(([id, chart]): [string, Build] => [id, (l) => chart(modelFixture().results, modelFixture().inputs, ctx(l))]),
	['benchmarks', (l) => benchmarksChart(fixtureBenchmarkRows(l), ctx(l))],
];

describe('chart snapshots on fixtures', () => {
	it('every chart in the catalogue has a fixture snapshot', () => {
		expect(FIXTURE_CHARTS.map(([id]) => id).sort()).toEqual(CHARTS.map((c) => c.id).sort());
	});

	for (const [id, build] of FIXTURE_CHARTS) {
		for (const locale of LOCALES) {
			it(`${id} ({locale: ${locale}}) matches tests/output/charts/${id}-${locale}.svg and its views`, async () => {
				const chart = build(locale);

				expect(chart.empty).toBeUndefined();
				await expectSvgSnapshot(chart.plot, `${id}-${locale}`);
				for (const view of chart.views ?? []) await expectSvgSnapshot(view.plot, `${id}-${view.id}-${locale}`);
				expect(chart.narrow?.views).toHaveLength(chart.views?.length ?? 0);
				await expectSvgSnapshot(chart.narrow!.plot, `${id}-narrow-${locale}`);
				for (const [i, view] of (chart.views ?? []).entries()) await expectSvgSnapshot(chart.narrow!.views[i]!, `${id}-${view.id}-narrow-${locale}`);
			});
		}
	}
});
