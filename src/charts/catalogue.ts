/**
 * Every chart on the site: its id (the name of its folder in src/charts), the page it lives on and how
 * to build it from the validated data. Pages, downloads (SVG, PNG, CSV) and embed pages are all
 * generated from this list.
 */
import type { Dataset } from '../lib/data/loadDataset.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../lib/format/locale.ts';
import { benchmarksChart } from './benchmarks/index.ts';
import { benchmarkRows } from './benchmarks/rows.ts';
import { costPerPersonChart } from './cost-per-person/index.ts';
import { costVsAnnouncedChart } from './cost-vs-announced/index.ts';
import { departuresChart } from './departures/index.ts';
import { financialsChart } from './financials/index.ts';
import { modelUncertaintyChart } from './model-uncertainty/index.ts';
import { remedyMatrixChart } from './remedy-matrix/index.ts';
import { scaleChart } from './scale/index.ts';
import { securityInvestmentChart } from './security-investment/index.ts';
import { modelChart } from './shared/modelRuns.ts';
import { WIDE_WIDTH } from './shared/chartSize.ts';
import type { ChartSpec } from './shared/types.ts';
import { timelineChart } from './timeline/index.ts';

/** Desktop drawing width; every chart also draws a phone variant (shared/twoWidths.ts). */
export const CHART_WIDTH = WIDE_WIDTH;

export interface ChartEntry {
	/** The chart's folder name; also its anchor, embed path and download file name. */
	id: string;
	/** Locale-neutral path of the page that shows it (for permalinks). */
	page: string;
	/** `width` is the desktop drawing's width in units: CHART_WIDTH unless a page needs a wider drawing (the brief's paper one). */
	build: (data: Dataset, locale: Locale, width?: number) => ChartSpec<any>;
}

const ctx = (locale: Locale, width = CHART_WIDTH) => ({ locale, width });

export const CHARTS: readonly ChartEntry[] = [
	{ id: 'scale', page: '/', build: (d, l, w) => scaleChart(d.incidents, ctx(l, w)) },
	{ id: 'remedy-matrix', page: '/', build: (d, l, w) => remedyMatrixChart(d.incidents, ctx(l, w)) },
	{ id: 'timeline', page: '/', build: (d, l, w) => timelineChart(d.incidents, ctx(l, w)) },
	{ id: 'departures', page: '/', build: (d, l, w) => departuresChart(d.incidents, ctx(l, w)) },
	{ id: 'security-investment', page: '/', build: (d, l, w) => securityInvestmentChart(d.incidents, ctx(l, w)) },
	{ id: 'financials', page: '/', build: (d, l, w) => financialsChart(d.incidents, ctx(l, w)) },
	{ id: 'benchmarks', page: '/benchmarks/', build: (d, l, w) => benchmarksChart(benchmarkRows(d.benchmarks, d.incidents, d.fx, l), ctx(l, w)) },
	// Model charts: each incident's real package at default settings (runModel with defaultScenario), run once per dataset.
	{ id: 'cost-vs-announced', page: '/', build: (d, l, w) => modelChart(d.model, costVsAnnouncedChart, ctx(l, w)) },
	{ id: 'cost-per-person', page: '/', build: (d, l, w) => modelChart(d.model, costPerPersonChart, ctx(l, w)) },
	{ id: 'model-uncertainty', page: '/', build: (d, l, w) => modelChart(d.model, modelUncertaintyChart, ctx(l, w)) },
];

export function chartById(id: string): ChartEntry | undefined {
	return CHARTS.find((c) => c.id === id);
}

/**
 * getStaticPaths for a page per chart and locale under src/pages/[...lang]/ (the chart pages and the
 * embed pages): `param` names the route's chart parameter; `undefined` lang builds the Korean root.
 */
export function chartLocalePaths(param: string) {
	return CHARTS.flatMap((c) =>
		LOCALES.map((locale) => ({
			params: { lang: locale === DEFAULT_LOCALE ? undefined : locale, [param]: c.id },
			props: { locale, chartId: c.id },
		})),
	);
}
