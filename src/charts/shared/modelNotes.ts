// Ships to the browser: the notes every cost-model chart carries — what the band is, the all-central
// mark, counterfactual runs and what the model leaves out.
import type { Locale } from '../../lib/format/locale.ts';
import { formatExact } from '../../lib/format/formatNumber.ts';
import type { ModelInputs, ModelResult } from '../../lib/model/index.ts';
import type { RunInfo } from './modelRuns.ts';
import { joinList } from './sentence.ts';
import { unique } from './unique.ts';

/** Incidents with a row whose all-inputs-central value falls outside its own P5–P95 (none with the current data). */
export function centralOutside<R extends { incident: string; central: number; p5: number; p95: number }>(rows: readonly R[]): string[] {
	return unique(rows.filter((r) => r.central < r.p5 || r.central > r.p95).map((r) => r.incident));
}

/** Why the all-central mark and the band disagree, naming the incidents where it falls outside. `mark` names the symbol. */
export function centralNote(outside: readonly string[], mark: { ko: string; en: string }, locale: Locale): string {
	return locale === 'ko'
		? `${mark.ko}: 모든 입력값을 중앙값에 둔 계산으로, 백분위가 아니다. 입력값마다 중앙값이 그 분포의 중앙값(P50)이지만 치우친 입력을 곱하면 결과의 중앙값과 조금 달라진다${outside.length ? `. P5–P95 밖에 놓인 경우: ${joinList(outside, locale)}` : '. 모든 항목에서 P5–P95 안에 있다'}.`
		: `${mark.en}: every input at its central value, not a percentile. Each input’s central is its own median, but multiplying skewed inputs moves the result’s median a little${outside.length ? `; it falls outside P5–P95 for ${joinList(outside, locale)}` : '; it lies inside P5–P95 for every item'}.`;
}

/** What the band is: the note every model chart carries, with the run's number of draws. */
export function bandNote(results: readonly ModelResult[], locale: Locale): string {
	const draws = joinList(unique(results.map((r) => formatExact(r.draws, locale, 0))), locale);
	return locale === 'ko'
		? `값은 모의 추출 ${draws}회의 중앙값(P50), 범위는 P5–P95이며 신뢰구간이 아니다. 각 입력값의 낮은 값·중앙값·높은 값을 그 입력의 P5·P50·P95로 읽어 서로 독립으로 뽑았을 때 결과의 90%가 들어가는 구간이다.`
		: `Values are medians (P50) of ${draws} simulated draws and ranges their P5–P95, not a confidence interval: 90% of the results fall inside when each input is drawn independently, its low, central and high read as its P5, P50 and P95.`;
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
