/**
 * Every chart on the site: where it lives and how to build its model from the validated data.
 * Pages, downloads (SVG, PNG, CSV) and embed pages are all generated from this list.
 */
import type { Dataset } from '../lib/data/loadDataset.ts';
import type { Locale } from '../lib/format/locale.ts';
import { scaleChart } from './scaleChart.ts';
import { seriesColor } from './palette.ts';
import type { ChartModel } from './types.ts';

/** Default drawing width; SVGs scale down on narrow screens. */
export const CHART_WIDTH = 720;

export interface ChartEntry {
	id: string;
	/** Locale-neutral path of the page that shows it (for permalinks). */
	page: string;
	build: (data: Dataset, locale: Locale) => ChartModel<any>;
}

/** The incidents' colour key, shared by charts that colour by incident. */
export function incidentLegend(data: Dataset, locale: Locale) {
	return data.incidents.map((inc, i) => ({ label: inc.shortName[locale], color: seriesColor(i) }));
}

export const CHARTS: readonly ChartEntry[] = [
	{
		id: 'scale',
		page: '/',
		build: (data, locale) => ({
			...scaleChart(data.incidents, { locale, width: CHART_WIDTH }),
			legend: incidentLegend(data, locale),
		}),
	},
];

export function chartById(id: string): ChartEntry | undefined {
	return CHARTS.find((c) => c.id === id);
}
