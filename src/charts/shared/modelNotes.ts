// Ships to the browser: the notes every cost-model chart carries — what the band is, the all-central
// mark, counterfactual runs and what the model leaves out.
import type { Locale } from '../../lib/format/locale.ts';
import { formatExact } from '../../lib/format/formatNumber.ts';
import type { ModelInputs, ModelResult } from '../../lib/model/index.ts';
import { sharedChartText } from './messages.ts';
import type { RunInfo } from './modelRuns.ts';
import { joinList } from './sentence.ts';
import { unique } from './unique.ts';

/** Incidents with a row whose all-inputs-central value falls outside its own P5–P95 (none with the current data). */
export function centralOutside<R extends { incident: string; central: number; p5: number; p95: number }>(rows: readonly R[]): string[] {
	return unique(rows.filter((r) => r.central < r.p5 || r.central > r.p95).map((r) => r.incident));
}

/** Why the all-central mark and the band disagree, naming the incidents where it falls outside. `mark` is the symbol. */
export function centralNote(outside: readonly string[], mark: string, locale: Locale): string {
	return outside.length
		? sharedChartText(locale, 'chart.shared.centralNote.outside', { mark, items: joinList(outside, locale) })
		: sharedChartText(locale, 'chart.shared.centralNote.inside', { mark });
}

/** What the band is: the note every model chart carries, with the run's number of draws. */
export function bandNote(results: readonly ModelResult[], locale: Locale): string {
	const draws = joinList(unique(results.map((r) => formatExact(r.draws, locale, 0))), locale);
	return sharedChartText(locale, 'chart.shared.bandNote', { draws });
}

/** The items each run's incident has that the model leaves out, as one note (none when there are none). */
export function notModelledNote(runs: readonly RunInfo[], inputs: ModelInputs, locale: Locale): string[] {
	const parts = runs.flatMap((r) => {
		const items = inputs.incidents.find((i) => i.id === r.incidentId)?.notModelled ?? [];
		return items.length ? [`${r.incident}: ${items.map((n) => `${n.label[locale]} (${n.reason[locale].replace(/\.$/, '')})`).join('; ')}`] : [];
	});
	if (!parts.length) return [];
	return [sharedChartText(locale, 'chart.shared.notModelled', { items: parts.join(' / ') })];
}

/** When a run is not the incident's real package, its announced values are not like-for-like. */
export function counterfactualNote(runs: readonly RunInfo[], inputs: ModelInputs, locale: Locale): string[] {
	const cf = runs.filter((r) => r.result.packageFrom !== r.incidentId);
	if (!cf.length) return [];
	const name = (id: string) => inputs.incidents.find((i) => i.id === id)?.shortName[locale] ?? id;
	const list = joinList(cf.map((r) => sharedChartText(locale, 'chart.shared.counterfactual.run', { incident: r.incident, package: name(r.result.packageFrom) })), locale);
	return [sharedChartText(locale, 'chart.shared.counterfactual.note', { runs: list })];
}
