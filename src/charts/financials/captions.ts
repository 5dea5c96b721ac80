// The financial chart's title, takeaway, description, notes and sources.
import type { Incident } from '../../schemas/incident.ts';
import { formatExact, formatKrw } from '../../lib/format/formatNumber.ts';
import type { ChartContext, ChartSpec } from '../shared/types.ts';
import { markText, profitDrops, type FinancialRow, type QuarterMark } from './rows.ts';
import { quarterIndex, quarterLabel } from '../shared/quarter.ts';
import { joinList } from '../shared/sentence.ts';
import { joinPhrases } from '../shared/sentence.ts';
import { financialsText as text } from './messages.ts';

type Locale = ChartContext['locale'];
type ProfitDrop = ReturnType<typeof profitDrops>[number];
type Captions = Pick<ChartSpec<FinancialRow>, 'title' | 'takeaway' | 'description' | 'notes' | 'sources'>;

export function financialsCaptions(
	incidents: readonly Incident[],
	rows: readonly FinancialRow[],
	marks: readonly QuarterMark[],
	quarters: readonly string[],
	locale: Locale,
): Captions {
	const drops = profitDrops(incidents, rows);
	const fell = drops.filter((d) => d.change < 0);
	const held = drops.filter((d) => d.change >= 0).map((d) => d.incident);
	const inRange = new Set(quarters);
	const shown = marks.filter((m) => inRange.has(m.quarter));
	const beyond = marks.filter((m) => !inRange.has(m.quarter));
	const gaps = incidents.flatMap((inc) => {
		const have = new Set(rows.filter((r) => r.incidentId === inc.id).map((r) => r.quarter));
		if (have.size === 0) return [];
		const first = Math.min(...[...have].map(quarterIndex));
		const last = Math.max(...[...have].map(quarterIndex));
		const missing = quarters.filter((q) => quarterIndex(q) > first && quarterIndex(q) < last && !have.has(q));
		return missing.length ? [`${inc.shortName[locale]} ${missing.map((q) => quarterLabel(q, locale)).join(', ')}`] : [];
	});
	const marksAt = (list: readonly QuarterMark[]) => list.map((m) => `${markText(m, locale)} → ${quarterLabel(m.quarter, locale)}`).join('; ');
	const notes = [
		text(locale, 'chart.financials.notes.basis'),
		...(shown.length ? [text(locale, 'chart.financials.notes.marks', { list: marksAt(shown) })] : []),
		...(beyond.length ? [text(locale, 'chart.financials.notes.beyond', { list: marksAt(beyond) })] : []),
		...(gaps.length ? [text(locale, 'chart.financials.notes.gaps', { list: gaps.join('; ') })] : []),
	];
	const series = incidents
		.map((inc) => rows.filter((r) => r.incidentId === inc.id))
		.filter((s) => s.length)
		.map((s) => `${s[0]!.incident}: ${s.map((r) => `${quarterLabel(r.quarter, locale)} ${formatKrw(r.value, locale)}`).join(', ')}`);
	return {
		title: text(locale, 'chart.financials.title'),
		takeaway: takeaway(fell, held, locale),
		description: text(locale, 'chart.financials.description', { series: series.join('; ') }),
		notes,
		sources: [...new Set(rows.flatMap((r) => r.sources))],
	};
}

/** The companies whose weakest quarter after disclosure fell below the quarter before, then those that held. */
function takeaway(fell: readonly ProfitDrop[], held: readonly string[], locale: Locale): string {
	if (!fell.length && !held.length) return text(locale, 'chart.financials.takeaway.none');
	const fellList = joinPhrases(
		fell.map((d) =>
			text(locale, 'chart.financials.takeaway.fell.item', {
				incident: d.incident,
				change: `${formatExact(Math.abs(d.change) * 100, locale, 0)}%`,
				quarter: quarterLabel(d.after.quarter, locale),
				profit: formatKrw(d.after.value, locale),
			}),
		),
		locale,
	);
	const heldList = joinList(held, locale);
	if (!held.length) return text(locale, 'chart.financials.takeaway.fell', { fell: fellList });
	if (!fell.length) return text(locale, 'chart.financials.takeaway.held', { held: heldList });
	return text(locale, 'chart.financials.takeaway.fellAndHeld', { fell: fellList, held: heldList });
}
