// Ships to the browser: what the three cost-model charts share — incident names and colours, sources, wording.
import type { Locale } from '../lib/format/locale.ts';
import { formatExact, formatKrwApprox } from '../lib/format/formatNumber.ts';
import { PARAMETER_SPECS, componentSpec, type ComponentId, type ModelInputs, type ModelResult, type ParamKey } from '../lib/model/index.ts';
import { seriesColor } from './palette.ts';
import { joinList } from './sentence.ts';

/** One model run's incident as the charts show it: its name and its colour index in the data's order. */
export interface RunInfo {
	result: ModelResult;
	incidentId: string;
	incident: string;
	index: number;
}

/** Name and colour index of each result's incident; the index is the incident's place in the data, so colours match the site. */
export function runInfo(results: readonly ModelResult[], inputs: ModelInputs, locale: Locale): RunInfo[] {
	return results.map((result, i) => {
		const at = inputs.incidents.findIndex((inc) => inc.id === result.incident);
		const inc = inputs.incidents[at];
		return { result, incidentId: result.incident, incident: inc ? inc.shortName[locale] : result.incident, index: at >= 0 ? at : i };
	});
}

/** Colour key: one entry per run, in the order given. */
export function modelLegend(runs: readonly RunInfo[]): { label: string; color: string }[] {
	return runs.map((r) => ({ label: r.incident, color: seriesColor(r.index) }));
}

const GROUP_OF = new Map<string, string>(PARAMETER_SPECS.map((s) => [s.key, s.group]));

/** Sources behind parameter `key` for a run: the package's incident supplies package parameters. */
export function paramSources(inputs: ModelInputs, result: ModelResult, key: ParamKey): string[] {
	const from = GROUP_OF.get(key) === 'package' ? result.packageFrom : result.incident;
	return inputs.parameters.find((p) => p.key === key)?.values[from]?.sources ?? [];
}

/** Sources behind every parameter a component's formula reads. */
export function componentSources(inputs: ModelInputs, result: ModelResult, id: ComponentId): string[] {
	return componentSpec(id).params.flatMap((k) => paramSources(inputs, result, k));
}

export const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];

/** Rounds to `digits` significant digits: a modelled figure is not known to the won. */
export function roundSig(value: number, digits = 4): number {
	if (value === 0 || !Number.isFinite(value)) return value;
	const p = 10 ** (Math.floor(Math.log10(Math.abs(value))) - digits + 1);
	return Math.round(value / p) * p;
}

/** A modelled amount in won, rounded as far as an estimate can be trusted (see formatKrwApprox). */
export const formatModelKrw = formatKrwApprox;

/** "1조772억–1조3,442억원" / "₩1.077–1.344 trillion": a range with its unit written once when it can be. */
export function formatKrwRange(a: number, b: number, locale: Locale): string {
	const lo = formatModelKrw(a, locale);
	const hi = formatModelKrw(b, locale);
	if (lo === hi) return hi;
	if (locale === 'ko') return `${lo.replace(/원$/, '')}–${hi}`;
	const [, loNum, loWord] = /^(₩[\d.,]+)(?: (\w+))?$/.exec(lo) ?? [];
	const [, hiNum, hiWord] = /^₩([\d.,]+)(?: (\w+))?$/.exec(hi) ?? [];
	return loNum && hiNum && loWord === hiWord ? `${loNum}–${hiNum}${hiWord ? ` ${hiWord}` : ''}` : `${lo}–${hi}`;
}

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
