// Quarterly consolidated operating profit, and the quarters each breach touched.
import type { Incident } from '../../schemas/incident.ts';
import { formatDate } from '../../lib/format/formatDate.ts';
import type { ChartContext } from '../shared/types.ts';
import { financialsText as text } from './messages.ts';
import { quarterIndex, quarterOf, quarterRange } from '../shared/quarter.ts';

type Locale = ChartContext['locale'];

export interface FinancialRow {
	incidentId: string;
	incident: string;
	/** Index of the incident in data order (its colour). */
	index: number;
	financialId: string;
	/** `YYYY-Qn`. */
	quarter: string;
	/** Operating profit in won (negative = loss). */
	value: number;
	note: string | null;
	sources: string[];
}

/** A quarter something happened in: disclosure, a fee-waiver window, a fine. */
export interface QuarterMark {
	quarter: string;
	incident: string;
	index: number;
	what: 'disclosure' | 'waiver' | 'fine';
	/** Dates of the events behind the mark (several fine events can fall in one quarter). */
	dates: string[];
}

const QUARTERLY = /^\d{4}-Q[1-4]$/;

/** Consolidated quarterly operating profit of every incident's company, in quarter order. */
export function financialRows(incidents: readonly Incident[], locale: Locale): FinancialRow[] {
	return incidents.flatMap((inc, index) =>
		inc.financials
			.filter((f) => f.metric === 'operating-profit' && f.basis === 'consolidated' && QUARTERLY.test(f.period))
			.sort((a, b) => quarterIndex(a.period) - quarterIndex(b.period))
			.map((f) => ({
				incidentId: inc.id,
				incident: inc.shortName[locale],
				index,
				financialId: f.id,
				quarter: f.period,
				value: f.value,
				note: f.note?.[locale] ?? null,
				sources: f.sources,
			})),
	);
}

/** Disclosure quarter, every quarter a waiver window touches, and fine quarters, per incident. */
export function quarterMarks(incidents: readonly Incident[], locale: Locale): QuarterMark[] {
	return incidents.flatMap((inc, index) => {
		const at = (what: QuarterMark['what'], date: string, quarter = quarterOf(date)) => ({ quarter, incident: inc.shortName[locale], index, what, dates: [date] });
		const waivers = inc.events
			.filter((e) => e.kind === 'waiver-window')
			.flatMap((e) => quarterRange(quarterOf(e.date), quarterOf(e.endDate ?? e.date)).map((q) => at('waiver', e.date, q)));
		const fines = inc.events.filter((e) => e.kind === 'fine').map((e) => at('fine', e.date));
		const marks = [at('disclosure', inc.disclosureDate), ...waivers, ...fines];
		// One mark per quarter and kind, carrying every date behind it.
		return marks.flatMap((m, i) => {
			const same = marks.filter((n) => n.quarter === m.quarter && n.what === m.what);
			return same[0] === marks[i] ? [{ ...m, dates: [...new Set(same.flatMap((n) => n.dates))] }] : [];
		});
	});
}

/** "SKT 공개 (2025년 4월 22일)" — for notes and tips. */
export function markText(m: QuarterMark, locale: Locale): string {
	return `${m.incident} ${markLabel(m, locale)} (${m.dates.map((d) => formatDate(d, locale)).join(', ')})`;
}

/** "공개" / "disclosed": what happened in a marked quarter. */
export function markLabel(m: Pick<QuarterMark, 'what'>, locale: Locale): string {
	return text(locale, `chart.financials.mark.${m.what}`);
}

/** Every quarter from the first to the last with a figure, so a quarter without one leaves a gap in the line. */
export function financialQuarters(rows: readonly FinancialRow[]): string[] {
	if (!rows.length) return [];
	const order = rows.map((r) => quarterIndex(r.quarter));
	return quarterRange(rows.find((r) => quarterIndex(r.quarter) === Math.min(...order))!.quarter, rows.find((r) => quarterIndex(r.quarter) === Math.max(...order))!.quarter);
}

/** Weakest quarter from the disclosure quarter on, against the quarter just before disclosure. */
export function profitDrops(incidents: readonly Incident[], rows: readonly FinancialRow[]) {
	return incidents.flatMap((inc) => {
		const mine = rows.filter((r) => r.incidentId === inc.id);
		const at = quarterIndex(quarterOf(inc.disclosureDate));
		const before = mine.find((r) => quarterIndex(r.quarter) === at - 1);
		const after = mine.filter((r) => quarterIndex(r.quarter) >= at).sort((a, b) => a.value - b.value)[0];
		// A change from a loss or from zero has no meaningful percentage.
		if (!before || !after || before.value <= 0) return [];
		return [{ incident: before.incident, before, after, change: (after.value - before.value) / before.value }];
	});
}
