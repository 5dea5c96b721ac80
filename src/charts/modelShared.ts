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
