// Ships to the browser: the notes every cost-model chart carries — what the band is, the all-central
// mark, counterfactual runs and what the model leaves out.
import type { Locale } from '../../lib/format/locale.ts';
import { formatExact } from '../../lib/format/formatNumber.ts';
import type { ModelInputs, ModelResult } from '../../lib/model/index.ts';
import type { RunInfo } from './modelRuns.ts';
import { joinList } from './sentence.ts';
import { unique } from './unique.ts';

/** Incidents with a row whose all-central value falls outside its own P5–P95 (skewed inputs do that). */
export function centralOutside<R extends { incident: string; central: number; p5: number; p95: number }>(rows: readonly R[]): string[] {
	return unique(rows.filter((r) => r.central < r.p5 || r.central > r.p95).map((r) => r.incident));
}

/** Why the all-central mark and the band disagree, naming the incidents where it falls outside. `mark` names the symbol. */
export function centralNote(outside: readonly string[], mark: { ko: string; en: string }, locale: Locale): string {
	return locale === 'ko'
		? `${mark.ko}: 모든 입력값을 중앙값에 둔 값으로, 백분위가 아니다. 입력값 대부분이 한쪽으로 치우친 분포이고 공식이 이를 곱하므로 P50과 다르며 P5–P95 밖에 놓이기도 한다${outside.length ? `(${joinList(outside, locale)})` : ''}.`
		: `${mark.en}: every input at its central value, not a percentile. Most inputs are skewed and the formulas multiply them, so it differs from P50 and can fall outside P5–P95${outside.length ? ` (it does for ${joinList(outside, locale)})` : ''}.`;
}

/** What the band is: the note every model chart carries, with the run's number of draws. */
export function bandNote(results: readonly ModelResult[], locale: Locale): string {
	const draws = joinList(unique(results.map((r) => formatExact(r.draws, locale, 0))), locale);
	return locale === 'ko'
		? `범위는 모의 추출 ${draws}회의 P5–P95(5번째~95번째 백분위)이며 신뢰구간이 아니다. 각 입력값을 추정 범위 안에서 무작위로 뽑아 계산했을 때 결과의 90%가 들어가는 구간이다.`
		: `Ranges are P5–P95 of ${draws} simulated draws, not a confidence interval: 90% of the results fall inside when every input is drawn at random from its estimated range.`;
}

/** The items each run's incident has that the model leaves out, as one note (none when there are none). */
export function notModelledNote(runs: readonly RunInfo[], inputs: ModelInputs, locale: Locale): string[] {
	const parts = runs.flatMap((r) => {
		const items = inputs.incidents.find((i) => i.id === r.incidentId)?.notModelled ?? [];
		return items.length ? [`${r.incident}: ${items.map((n) => `${n.label[locale]} (${n.reason[locale].replace(/\.$/, '')})`).join('; ')}`] : [];
	});
	if (!parts.length) return [];
	return [(locale === 'ko' ? '모형이 비용으로 세지 않은 항목 — ' : 'Not modelled — ') + parts.join(' / ') + '.'];
}

/** When a run is not the incident's real package, its announced values are not like-for-like. */
export function counterfactualNote(runs: readonly RunInfo[], inputs: ModelInputs, locale: Locale): string[] {
	const cf = runs.filter((r) => r.result.packageFrom !== r.incidentId);
	if (!cf.length) return [];
	const name = (id: string) => inputs.incidents.find((i) => i.id === id)?.shortName[locale] ?? id;
	const list = joinList(cf.map((r) => (locale === 'ko' ? `${r.incident}(${name(r.result.packageFrom)} 패키지)` : `${r.incident} (with ${name(r.result.packageFrom)}’s package)`)), locale);
	return [locale === 'ko' ? `가상 시나리오: ${list}.` : `Counterfactual: ${list}.`];
}
