/** Every chart module under test, by id, so the snapshot and data-change tests cover all of them. */
import type { Incident } from '../../src/schemas/incident.ts';
import type { ChartContext, ChartModel } from '../../src/charts/types.ts';
import { scaleChart } from '../../src/charts/scaleChart.ts';
import { remedyMatrixChart } from '../../src/charts/remedyMatrixChart.ts';
import { investmentChart } from '../../src/charts/investmentChart.ts';
import { timelineChart } from '../../src/charts/timelineChart.ts';
import { departuresChart } from '../../src/charts/departuresChart.ts';
import { financialChart } from '../../src/charts/financialChart.ts';

export type ChartFn = (incidents: readonly Incident[], ctx: ChartContext) => ChartModel<any>;

export const CHART_FNS: readonly [string, ChartFn][] = [
	['scale', scaleChart],
	['remedy-matrix', remedyMatrixChart],
	['security-investment', investmentChart],
	['timeline', timelineChart],
	['departures', departuresChart],
	['financials', financialChart],
];

export const WIDTH = 720;
