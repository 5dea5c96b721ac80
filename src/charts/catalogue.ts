/**
 * Every chart on the site: where it lives and how to build its model from the validated data.
 * Pages, downloads (SVG, PNG, CSV) and embed pages are all generated from this list.
 */
import type { Dataset } from '../lib/data/loadDataset.ts';
import type { Locale } from '../lib/format/locale.ts';
import { benchmarkChart } from './benchmarkChart.ts';
import { costChart } from './costChart.ts';
import { departuresChart } from './departuresChart.ts';
import { financialChart } from './financialChart.ts';
import { legendFor } from './incidentLegend.ts';
import { investmentChart } from './investmentChart.ts';
import { modelChart } from './modelResults.ts';
import { perPersonChart } from './perPersonChart.ts';
import { remedyMatrixChart } from './remedyMatrixChart.ts';
import { scaleChart } from './scaleChart.ts';
import { timelineChart } from './timelineChart.ts';
import { uncertaintyChart } from './uncertaintyChart.ts';
import type { ChartModel } from './types.ts';

/** Default drawing width; SVGs scale down on narrow screens. */
export const CHART_WIDTH = 720;

export interface ChartEntry {
	id: string;
	/** Locale-neutral path of the page that shows it (for permalinks). */
	page: string;
	build: (data: Dataset, locale: Locale) => ChartModel<any>;
}

const ctx = (locale: Locale) => ({ locale, width: CHART_WIDTH });

export const CHARTS: readonly ChartEntry[] = [
	{
		id: 'scale',
		page: '/',
		build: (d, l) => ({ ...scaleChart(d.incidents, ctx(l)), legend: legendFor(d.incidents, l) }),
	},
	{ id: 'remedy-matrix', page: '/', build: (d, l) => remedyMatrixChart(d.incidents, ctx(l)) },
	{ id: 'timeline', page: '/', build: (d, l) => timelineChart(d.incidents, ctx(l)) },
	{ id: 'departures', page: '/', build: (d, l) => departuresChart(d.incidents, ctx(l)) },
	{ id: 'security-investment', page: '/', build: (d, l) => investmentChart(d.incidents, ctx(l)) },
	{ id: 'financials', page: '/', build: (d, l) => financialChart(d.incidents, ctx(l)) },
	{ id: 'benchmarks', page: '/benchmarks/', build: (d, l) => benchmarkChart(d.benchmarks, d.incidents, d.fx, ctx(l)) },
	// Model charts: each incident's real package at default settings (runModel with defaultScenario), run once per dataset.
	{ id: 'cost-vs-announced', page: '/', build: (d, l) => modelChart(d.model, costChart, ctx(l)) },
	{ id: 'cost-per-person', page: '/', build: (d, l) => modelChart(d.model, perPersonChart, ctx(l)) },
	{ id: 'model-uncertainty', page: '/', build: (d, l) => modelChart(d.model, uncertaintyChart, ctx(l)) },
];

export function chartById(id: string): ChartEntry | undefined {
	return CHARTS.find((c) => c.id === id);
}
