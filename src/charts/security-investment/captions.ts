// The investment chart's wording — value formats, takeaway, description, notes.
import type { Incident } from '../../schemas/incident.ts';
import { formatExact, formatKrw } from '../../lib/format/formatNumber.ts';
import { joinPhrases } from '../shared/sentence.ts';
import type { ChartContext, ChartSpec } from '../shared/types.ts';
import { INVESTMENT_PANELS, type InvestmentRow } from './rows.ts';
import { securityInvestmentText as text } from './messages.ts';

type Locale = ChartContext['locale'];
type Captions = Pick<ChartSpec<InvestmentRow>, 'title' | 'takeaway' | 'description' | 'notes' | 'sources'>;

/** 2,000억원/년 · 14,663원/회선·년 · 8.1% (and their English forms). */
export function formatInvestment(value: number, unit: InvestmentRow['unit'], locale: Locale): string {
	if (unit === 'percent') return `${formatExact(value, locale, 1)}%`;
	if (unit === 'krw-per-year') return text(locale, 'chart.security-investment.value.perYear', { amount: formatKrw(value, locale) });
	return text(locale, 'chart.security-investment.value.perLine', { amount: formatExact(Math.round(value), locale, 0) });
}

export function securityInvestmentCaptions(incidents: readonly Incident[], rows: readonly InvestmentRow[], locale: Locale): Captions {
	return {
		title: text(locale, 'chart.security-investment.title'),
		takeaway: takeaway(rows, locale),
		description: text(locale, 'chart.security-investment.description', {
			bars: rows.map((r) => `${r.incident} · ${r.measure}: ${formatInvestment(r.value, r.unit, locale)}`).join('; '),
		}),
		notes: notes(incidents, rows, locale),
		sources: [...new Set(rows.flatMap((r) => r.sources))],
	};
}

/** The pledges per year, largest first, then their share of profit where there is one. */
function takeaway(rows: readonly InvestmentRow[], locale: Locale): string {
	const pledges = rows.filter((r) => r.panel === 'per-year' && r.kind === 'pledge').sort((a, b) => b.value - a.value);
	if (pledges.length === 0) return text(locale, 'chart.security-investment.empty');
	const amounts = joinPhrases(
		pledges.map((r) => text(locale, 'chart.security-investment.takeaway.amount.item', { incident: r.incident, amount: formatKrw(r.value, locale) })),
		locale,
	);
	const shares = pledges.flatMap((r) => {
		const share = rows.find((x) => x.incidentId === r.incidentId && x.panel === 'share-of-profit');
		return share ? [{ incident: r.incident, share: `${formatExact(share.value, locale, 1)}%` }] : [];
	});
	if (shares.length === 0) return text(locale, 'chart.security-investment.takeaway.noShare', { amounts });
	const shareList = joinPhrases(
		shares.map((s) => text(locale, 'chart.security-investment.takeaway.share.item', s)),
		locale,
	);
	return text(locale, 'chart.security-investment.takeaway.share', { amounts, shares: shareList });
}

function notes(incidents: readonly Incident[], rows: readonly InvestmentRow[], locale: Locale): string[] {
	const list = (panel: InvestmentRow['panel'], f: (r: InvestmentRow) => string) =>
		rows.filter((r) => r.panel === panel && r.kind === 'pledge').map(f).join(', ');
	const yearRows = rows.filter((r) => r.kind === 'year');
	const drawn = new Set(rows.filter((r) => r.kind === 'pledge').map((r) => `${r.incidentId}:${r.panel}`));
	const missing = incidents.flatMap((inc) => {
		const lacks = INVESTMENT_PANELS.filter((p) => !drawn.has(`${inc.id}:${p}`));
		return lacks.length ? [`${inc.shortName[locale]} (${lacks.map((p) => text(locale, `chart.security-investment.panel.${p}.short`)).join(', ')})`] : [];
	});
	const has = (panel: InvestmentRow['panel']) => rows.some((r) => r.panel === panel);
	return [
		text(locale, 'chart.security-investment.notes.pledges', {
			list: list('per-year', (r) => `${r.incident} ${formatKrw(r.value * r.denominator, locale)} ÷ ${r.denominatorLabel}`),
		}),
		...(has('per-line')
			? [
					text(locale, 'chart.security-investment.notes.perLine', {
						list: list('per-line', (r) =>
							text(locale, 'chart.security-investment.notes.perLine.item', { incident: r.incident, lines: formatExact(r.denominator, locale), label: r.denominatorLabel }),
						),
					}),
				]
			: []),
		...(has('share-of-profit')
			? [text(locale, 'chart.security-investment.notes.profit', { list: list('share-of-profit', (r) => `${r.incident} ${formatKrw(r.denominator, locale)} (${r.denominatorLabel})`) })]
			: []),
		...(yearRows.length
			? [text(locale, 'chart.security-investment.notes.yearTicks', { list: yearRows.map((r) => `${r.incident} ${r.measure} ${formatKrw(r.value, locale)}`).join(', ') })]
			: []),
		text(locale, 'chart.security-investment.notes.panels'),
		...(missing.length ? [text(locale, 'chart.security-investment.notes.missing', { list: missing.join('; ') })] : []),
	];
}
