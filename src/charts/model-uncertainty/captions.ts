// Ships to the browser: the uncertainty chart's wording — takeaway, description, notes and the tornado's note.
import { formatExact } from '../../lib/format/formatNumber.ts';
import { formatModelValue } from '../../lib/format/formatModelValue.ts';
import type { Locale } from '../../lib/format/locale.ts';
import type { ModelInputs } from '../../lib/model/index.ts';
import type { ChartSpec } from '../shared/types.ts';
import type { UncertaintyRow } from './rows.ts';
import { type RunInfo } from '../shared/modelRuns.ts';
import { bandNote, centralNote, centralOutside, counterfactualNote, notModelledNote } from '../shared/modelNotes.ts';
import { formatKrwRange, formatModelKrw } from '../shared/estimateFormat.ts';
import { unique } from '../shared/unique.ts';
import { inSentence, joinList, joinPhrases } from '../shared/sentence.ts';
import { modelUncertaintyText } from './messages.ts';

type Captions = Pick<ChartSpec<UncertaintyRow>, 'title' | 'takeaway' | 'description' | 'notes' | 'sources'>;

/** An input's value with its unit (12개월 · 12 months); the raw number when the unit is unknown. */
export function paramValue(v: number | null, r: UncertaintyRow, locale: Locale): string {
	if (v === null) return '';
	return r.paramUnit ? formatModelValue(v, r.paramUnit, locale) : formatExact(v, locale);
}

function takeawayOf(rows: readonly UncertaintyRow[], locale: Locale): string {
	const totals = rows.filter((r) => r.view === 'spread' && r.id === 'total');
	const spans = joinPhrases(totals.map((r) => `${r.incident} ${formatKrwRange(r.p5!, r.p95!, locale)}`), locale);
	const top = rows.filter((r) => r.view === 'tornado').reduce<UncertaintyRow | undefined>((a, r) => (!a || r.swing! > a.swing! ? r : a), undefined);
	if (!top) return modelUncertaintyText(locale, 'chart.model-uncertainty.takeaway.spans', { spans });
	return modelUncertaintyText(locale, 'chart.model-uncertainty.takeaway.widestInput', {
		spans,
		incident: top.incident,
		input: inSentence(top.label, locale),
		from: paramValue(top.paramLow, top, locale),
		to: paramValue(top.paramHigh, top, locale),
		atLow: formatModelKrw(top.atLow!, locale),
		atHigh: formatModelKrw(top.atHigh!, locale),
	});
}

/** A row of the default view in words: its range, median and all-central value (also its tooltip). */
export function spreadText(r: UncertaintyRow, locale: Locale): string {
	return modelUncertaintyText(locale, 'chart.model-uncertainty.spread', {
		incident: r.incident,
		item: r.label,
		range: formatKrwRange(r.p5!, r.p95!, locale),
		p50: formatModelKrw(r.p50!, locale),
		central: formatModelKrw(r.central, locale),
	});
}

export function modelUncertaintyCaptions(rows: readonly UncertaintyRow[], runs: readonly RunInfo[], inputs: ModelInputs, locale: Locale): Captions {
	const text = modelUncertaintyText;
	const krw = (v: number) => formatModelKrw(v, locale);
	const spread = rows.filter((r) => r.view === 'spread');
	const tornado = rows.filter((r) => r.view === 'tornado');
	const totals = spread.filter((r) => r.id === 'total');
	const fixed = spread.filter((r) => r.p95! - r.p5! <= 1e-9 * Math.max(1, Math.abs(r.central)) && r.central !== 0);
	const central = centralNote(centralOutside(spread.map((r) => ({ ...r, p5: r.p5!, p95: r.p95! }))), '○', locale);
	const totalText = (r: UncertaintyRow) => text(locale, 'chart.model-uncertainty.notes.total', { incident: r.incident, central: krw(r.central), p50: krw(r.p50!) });
	const notes = [
		bandNote(runs.map((r) => r.result), locale),
		text(locale, 'chart.model-uncertainty.notes.marks'),
		totals.length ? text(locale, 'chart.model-uncertainty.notes.centralWithTotals', { central, totals: totals.map(totalText).join('; ') }) : central,
		...(fixed.length ? [text(locale, 'chart.model-uncertainty.notes.fixed', { items: joinList(fixed.map((r) => `${r.incident} ${inSentence(r.label, locale)}`), locale) })] : []),
		...counterfactualNote(runs, inputs, locale),
		...notModelledNote(runs, inputs, locale),
	];
	const describeBar = (r: UncertaintyRow) =>
		text(locale, 'chart.model-uncertainty.tornado.bar', {
			incident: r.incident,
			item: r.label,
			low: paramValue(r.paramLow, r, locale),
			high: paramValue(r.paramHigh, r, locale),
			atLow: krw(r.atLow!),
			atHigh: krw(r.atHigh!),
		});
	const described = spread.map((r) => spreadText(r, locale)).join('; ');
	return {
		title: text(locale, 'chart.model-uncertainty.title'),
		takeaway: takeawayOf(rows, locale),
		description: tornado.length
			? text(locale, 'chart.model-uncertainty.descriptionWithTornado', { spread: described, tornado: tornado.map(describeBar).join('; ') })
			: text(locale, 'chart.model-uncertainty.description', { spread: described }),
		notes,
		sources: unique(rows.flatMap((r) => r.sources)),
	};
}

/** The tornado view's note, with how many inputs it shows of how many move the total. */
export function tornadoNote(runs: readonly RunInfo[], shown: number, locale: Locale): string {
	const counts = runs.map((r) => `${r.incident} ${formatExact(Math.min(shown, r.result.tornado.length), locale)}/${formatExact(r.result.tornado.length, locale)}`).join(', ');
	return modelUncertaintyText(locale, 'chart.model-uncertainty.tornado.note', { counts });
}
