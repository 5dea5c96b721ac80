// Ships to the browser: the shared chart helpers' words in Korean and English.
import { messageLookup, type MessagesOf } from '../../i18n/messageLookup.ts';

/**
 * Notes every cost-model chart carries, words the shared helpers write, and sentences more than
 * one chart says. The source of the keys: sharedChartEn must have exactly these, or `npm run check`
 * fails; i18n/ko.ts spreads this object in. `{name}` is a placeholder, `{name:은/는}` one followed by
 * the particle that fits it (i18n/fillPlaceholders.ts).
 */
export const sharedChartKo = {
	// Model notes (modelNotes.ts)
	'chart.shared.bandNote':
		'값은 모의 추출 {draws}회의 중앙값(P50), 범위는 P5–P95이며 신뢰구간이 아니다. 각 입력값의 낮은 값·중앙값·높은 값을 그 입력의 P5·P50·P95로 읽어 서로 독립으로 뽑았을 때 결과의 90%가 들어가는 구간이다.',
	'chart.shared.centralNote.inside':
		'{mark}: 모든 입력값을 중앙값에 둔 계산으로, 백분위가 아니다. 입력값마다 중앙값이 그 분포의 중앙값(P50)이지만 치우친 입력을 곱하면 결과의 중앙값과 조금 달라진다. 모든 항목에서 P5–P95 안에 있다.',
	'chart.shared.centralNote.outside':
		'{mark}: 모든 입력값을 중앙값에 둔 계산으로, 백분위가 아니다. 입력값마다 중앙값이 그 분포의 중앙값(P50)이지만 치우친 입력을 곱하면 결과의 중앙값과 조금 달라진다. P5–P95 밖에 놓인 경우: {items}.',
	'chart.shared.notModelled': '모형이 비용으로 세지 않은 항목 — {items}.',
	'chart.shared.counterfactual.note': '가상 시나리오: {runs}.',
	'chart.shared.counterfactual.run': '{incident}({package} 패키지)',
	// Said by every model chart with nothing to draw
	'chart.shared.empty.noResults': '모형 결과가 없다.',
	// quarter.ts
	'chart.shared.quarter': '{year}년 {quarter}분기',
	// Data-table columns every chart has (charts/<id>/index.ts)
	'chart.shared.column.incident': '사고',
	'chart.shared.column.sources': '출처',
} as const;

export const sharedChartEn: MessagesOf<typeof sharedChartKo> = {
	'chart.shared.bandNote':
		'Values are medians (P50) of {draws} simulated draws and ranges their P5–P95, not a confidence interval: 90% of the results fall inside when each input is drawn independently, its low, central and high read as its P5, P50 and P95.',
	'chart.shared.centralNote.inside':
		'{mark}: every input at its central value, not a percentile. Each input’s central is its own median, but multiplying skewed inputs moves the result’s median a little; it lies inside P5–P95 for every item.',
	'chart.shared.centralNote.outside':
		'{mark}: every input at its central value, not a percentile. Each input’s central is its own median, but multiplying skewed inputs moves the result’s median a little; it falls outside P5–P95 for {items}.',
	'chart.shared.notModelled': 'Not modelled — {items}.',
	'chart.shared.counterfactual.note': 'Counterfactual: {runs}.',
	'chart.shared.counterfactual.run': '{incident} (with {package}’s package)',
	'chart.shared.empty.noResults': 'No model results to draw.',
	'chart.shared.quarter': 'Q{quarter} {year}',
	'chart.shared.column.incident': 'Incident',
	'chart.shared.column.sources': 'Sources',
};

export const sharedChartText = messageLookup(sharedChartKo, sharedChartEn);
