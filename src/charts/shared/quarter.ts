// Calendar quarters as `YYYY-Qn` keys, counted, ranged and labelled.
import { sharedChartText } from './messages.ts';
import type { ChartContext } from './types.ts';

/** Quarters since year 0: 2025-Q1 → 8100; consecutive quarters differ by one. */
export function quarterIndex(q: string): number {
	const [y, n] = q.split('-Q').map(Number) as [number, number];
	return y * 4 + n - 1;
}

function quarterKey(index: number): string {
	return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** The quarter an ISO date falls in: 2025-04-22 → 2025-Q2. */
export function quarterOf(isoDate: string): string {
	const [y, m] = isoDate.split('-').map(Number) as [number, number];
	return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
}

/** Every quarter from `from` to `to`, both included, so a missing quarter leaves a visible gap. */
export function quarterRange(from: string, to: string): string[] {
	const a = quarterIndex(from);
	return Array.from({ length: Math.max(0, quarterIndex(to) - a + 1) }, (_, i) => quarterKey(a + i));
}

/** 2025년 3분기 / Q3 2025. */
export function quarterLabel(q: string, locale: ChartContext['locale']): string {
	const [y, n] = q.split('-Q');
	return sharedChartText(locale, 'chart.shared.quarter', { year: y!, quarter: n! });
}
