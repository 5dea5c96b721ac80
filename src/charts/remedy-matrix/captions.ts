// The remedy matrix's words — cell text, takeaway, description and notes, from its rows.
import type { Incident } from '../../schemas/incident.ts';
import type { RemedyKind } from '../../schemas/remedy.ts';
import { REMEDY_KIND_LABEL } from '../../i18n/remedyKinds.ts';
import type { ChartContext, ChartSpec } from '../shared/types.ts';
import { joinList, lowerFirst } from '../shared/sentence.ts';
import { remedyCellText } from './cellText.ts';
import { remedyMatrixText } from './messages.ts';
import type { RemedyMatrixRow } from './rows.ts';

type Locale = ChartContext['locale'];

/** Which kinds only one incident offered, and which all offered: the question readers ask first. */
export function remedyMatrixTakeaway(incidents: readonly Incident[], rows: readonly RemedyMatrixRow[], locale: Locale): string {
	const kinds = [...new Set(rows.map((r) => r.kind))];
	const by = (k: RemedyKind) => rows.filter((r) => r.kind === k && r.offered);
	// Kind labels read lower-case mid-sentence in English; Korean has no case, so they pass unchanged.
	const names = (ks: readonly RemedyKind[], max: number) => joinList(ks.map((k) => lowerFirst(REMEDY_KIND_LABEL[k][locale])), locale, max);
	if (kinds.length === 0) return remedyMatrixText(locale, 'chart.remedy-matrix.takeaway.none');
	if (incidents.length === 1) {
		return remedyMatrixText(locale, 'chart.remedy-matrix.takeaway.single', { incident: incidents[0]!.shortName[locale], kinds: names(kinds, 4), n: kinds.length });
	}
	const only = incidents
		.flatMap((inc) => {
			const ks = kinds.filter((k) => by(k).length === 1 && by(k)[0]!.incidentId === inc.id);
			return ks.length ? [remedyMatrixText(locale, 'chart.remedy-matrix.takeaway.only', { kinds: names(ks, 3), incident: inc.shortName[locale] })] : [];
		})
		.join(remedyMatrixText(locale, 'chart.remedy-matrix.takeaway.onlyJoin'));
	const commonKinds = kinds.filter((k) => by(k).length === incidents.length);
	const common = commonKinds.length
		? remedyMatrixText(locale, incidents.length === 2 ? 'chart.remedy-matrix.takeaway.commonBoth' : 'chart.remedy-matrix.takeaway.commonAll', { kinds: names(commonKinds, 3) })
		: '';
	if (!only && !common) return remedyMatrixText(locale, 'chart.remedy-matrix.takeaway.sentence.neither');
	const sentence = !only
		? remedyMatrixText(locale, 'chart.remedy-matrix.takeaway.sentence.common', { common })
		: common
			? remedyMatrixText(locale, 'chart.remedy-matrix.takeaway.sentence.onlyAndCommon', { only, common })
			: remedyMatrixText(locale, 'chart.remedy-matrix.takeaway.sentence.only', { only });
	return upperFirst(sentence);
}

/** English clauses are written lower-case so they can be joined; the sentence's first letter is raised (Korean has no case). */
function upperFirst(sentence: string): string {
	return `${sentence[0]!.toUpperCase()}${sentence.slice(1)}`;
}

type Captions = Pick<ChartSpec<RemedyMatrixRow>, 'title' | 'takeaway' | 'description' | 'notes' | 'sources'>;

/** What a cell says when the incident offered nothing of that kind, without the cell's leading dash. */
export function notOffered(locale: Locale): string {
	return remedyMatrixText(locale, 'chart.remedy-matrix.notOffered');
}

/** A cell's whole text: each component of the kind (a bullet each when there are several), or "— not offered". */
export function cellFullText(r: RemedyMatrixRow, incidents: readonly Incident[], locale: Locale): string {
	if (!r.offered) return `— ${notOffered(locale)}`;
	return r.remedyIds
		.map((id) => incidents[r.index]!.remedies.find((x) => x.id === id)!)
		// Several components of one kind (e.g. two waivers for different groups) get a bullet each.
		.map((x, _, all) => (all.length > 1 ? '• ' : '') + remedyCellText(x, locale))
		.join('\n');
}

export function remedyMatrixCaptions(incidents: readonly Incident[], rows: readonly RemedyMatrixRow[], locale: Locale): Captions {
	const cells = rows.map((r) => `${r.incident} · ${r.kindLabel}: ${r.offered ? cellFullText(r, incidents, locale).replace(/\n/g, ' ') : notOffered(locale)}`).join('; ');
	return {
		title: remedyMatrixText(locale, 'chart.remedy-matrix.title'),
		takeaway: remedyMatrixTakeaway(incidents, rows, locale),
		description: remedyMatrixText(locale, 'chart.remedy-matrix.description', { cells }),
		notes: [remedyMatrixText(locale, 'chart.remedy-matrix.notes.scope'), remedyMatrixText(locale, 'chart.remedy-matrix.notes.cells')],
		sources: [...new Set(rows.flatMap((r) => r.sources))],
	};
}
