// Ships to the browser: the <benchmark-filters> island's words in Korean and English.
import { messageLookup, type MessagesOf } from '../../i18n/messageLookup.ts';

/**
 * Kept apart from the chart's table (src/charts/benchmarks/messages.ts) so that the island loads
 * these three messages up front and the chart's words only when a filter is applied.
 */
export const benchmarkFiltersKo = {
	'benchmarks.filter.ignored': '알 수 없는 필터 값은 무시했다: {values}',
	'benchmarks.filter.redrawFailed': '차트를 다시 그리지 못해 전체 자료를 보여 준다.',
	'benchmarks.filter.status': '필터 적용: 표 {total}행 중 {shown}행을 보여 준다.',
} as const;

export const benchmarkFiltersEn: MessagesOf<typeof benchmarkFiltersKo> = {
	'benchmarks.filter.ignored': 'Ignored unknown filter values: {values}',
	'benchmarks.filter.redrawFailed': 'The chart could not be redrawn; showing everything.',
	'benchmarks.filter.status': 'Filtered: showing {shown} of {total} table rows.',
};

export const benchmarkFiltersText = messageLookup(benchmarkFiltersKo, benchmarkFiltersEn);
