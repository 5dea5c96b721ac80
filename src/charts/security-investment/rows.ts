// Each security-investment pledge per year, per subscriber line and against profit.
import type { Incident } from '../../schemas/incident.ts';
import type { Financial } from '../../schemas/financial.ts';
import { figureFor, securityPledge } from '../../lib/data/queries.ts';
import type { ChartContext } from '../shared/types.ts';
import { securityInvestmentText as text } from './messages.ts';

export const INVESTMENT_PANELS = ['per-year', 'per-line', 'share-of-profit'] as const;
export type InvestmentPanel = (typeof INVESTMENT_PANELS)[number];

export interface InvestmentRow {
	incidentId: string;
	incident: string;
	/** Index of the incident in data order (its colour). */
	index: number;
	remedyId: string;
	panel: InvestmentPanel;
	/** `pledge`: the pledge spread evenly over its years; `year`: an amount the sources give for one year. */
	kind: 'pledge' | 'year';
	measure: string;
	value: number;
	unit: 'krw-per-year' | 'krw-per-line-year' | 'percent';
	/** Won a year: the numerator of every panel. */
	perYear: number;
	/** What the numerator was divided by (years, lines, operating profit), and where it comes from. */
	denominator: number;
	denominatorLabel: string;
	sources: string[];
}

/** The latest annual operating profit, consolidated when there is one (else whatever basis exists). */
export function annualProfit(incident: Incident): Financial | undefined {
	const fy = incident.financials.filter((f) => f.metric === 'operating-profit' && /^\d{4}-FY$/.test(f.period));
	const consolidated = fy.filter((f) => f.basis === 'consolidated');
	return (consolidated.length ? consolidated : fy).sort((a, b) => b.period.localeCompare(a.period))[0];
}

// A won amount whose key or label names a year (plan-2026, "2024 spend") is that year's amount; other
// won amounts are parts of the total (staff, systems) and are not per-year figures.
const NAMES_A_YEAR = /(?:^|\D)(?:19|20)\d{2}(?:\D|$)/;

/** Rows for the three panels; a panel an incident lacks a denominator for is simply absent. */
export function investmentRows(incidents: readonly Incident[], locale: ChartContext['locale']): InvestmentRow[] {
	return incidents.flatMap((inc, index) => {
		const pledge = securityPledge(inc);
		const av = pledge?.announcedValue;
		if (!pledge || !av?.years) return [];
		const perYear = av.value / av.years;
		const base = { incidentId: inc.id, incident: inc.shortName[locale], index, remedyId: pledge.id, perYear };
		const pledgeSources = [...new Set([...av.sources, ...pledge.sources])];
		const rows: InvestmentRow[] = [
			{
				...base,
				panel: 'per-year',
				kind: 'pledge',
				measure: text(locale, 'chart.security-investment.measure.per-year'),
				value: perYear,
				unit: 'krw-per-year',
				denominator: av.years,
				denominatorLabel: text(locale, 'chart.security-investment.denominator.years', { years: av.years }),
				sources: pledgeSources,
			},
			...pledge.parameters
				.filter((p) => p.unit === 'krw' && (NAMES_A_YEAR.test(p.key) || NAMES_A_YEAR.test(p.label.en)))
				.map((p) => ({
					...base,
					panel: 'per-year' as const,
					kind: 'year' as const,
					measure: p.label[locale],
					value: p.value,
					unit: 'krw-per-year' as const,
					perYear: p.value,
					denominator: 1,
					denominatorLabel: text(locale, 'chart.security-investment.denominator.oneYear'),
					sources: pledge.sources,
				})),
		];
		const lines = figureFor(inc, 'subscriber-lines');
		if (lines && lines.value > 0) {
			rows.push({
				...base,
				panel: 'per-line',
				kind: 'pledge',
				measure: text(locale, 'chart.security-investment.measure.per-line'),
				value: perYear / lines.value,
				unit: 'krw-per-line-year',
				denominator: lines.value,
				denominatorLabel: text(locale, 'chart.security-investment.denominator.lines', { label: lines.label[locale], asOf: lines.asOf }),
				sources: [...new Set([...pledgeSources, ...lines.sources])],
			});
		}
		const profit = annualProfit(inc);
		// A share of a loss (or of nothing) has no meaning, so that panel is left out.
		if (profit && profit.value > 0) {
			rows.push({
				...base,
				panel: 'share-of-profit',
				kind: 'pledge',
				measure: text(locale, 'chart.security-investment.measure.share-of-profit'),
				value: (perYear / profit.value) * 100,
				unit: 'percent',
				denominator: profit.value,
				denominatorLabel: text(locale, 'chart.security-investment.denominator.profit', { period: profit.period, basis: text(locale, `chart.security-investment.profitBasis.${profit.basis}`) }),
				sources: [...new Set([...pledgeSources, ...profit.sources])],
			});
		}
		return rows;
	});
}
