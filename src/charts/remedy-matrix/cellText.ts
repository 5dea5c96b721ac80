// A remedy component's terms in a few words, for matrix cells and tables.
import type { Remedy } from '../../schemas/remedy.ts';
import type { Unit } from '../../schemas/common.ts';
import { formatValue } from '../../lib/format/formatNumber.ts';
import { formatDate } from '../../lib/format/formatDate.ts';
import type { ChartContext } from '../shared/types.ts';
import { remedyMatrixText } from './messages.ts';

type Locale = ChartContext['locale'];

/** Eligibility in short form, from the coarse audience (the full wording stays in the table). */
export function audienceShort(audience: Remedy['audience'], locale: Locale): string {
	return remedyMatrixText(locale, `chart.remedy-matrix.audience.${audience}`);
}

// Counts of people or money totals describe who was counted or what it added up to, not the terms
// a customer got; they stay in the data table.
const NOT_TERMS: ReadonlySet<Unit> = new Set(['people', 'subscribers', 'lines', 'records', 'accounts', 'count', 'krw']);

// Parameters whose value says what it is ("50%", "6개월"); every other parameter is named by its label.
const SELF_EXPLAINING: ReadonlySet<string> = new Set(['rate', 'months']);

/** The terms as text: "50% · 1개월", "100 GB/월 × 6개월 · 보험 기간 3년". */
export function remedyTerms(remedy: Remedy, locale: Locale): string {
	const ps = remedy.parameters;
	const perMonth = ps.find((p) => p.unit === 'gb-per-month');
	const months = ps.find((p) => p.key === 'months' || (perMonth && p.unit === 'months'));
	const combined = perMonth && months ? [perMonth, months] : [];
	const parts = combined.length
		? [`${formatValue(perMonth!.value, perMonth!.unit, locale)} × ${formatValue(months!.value, months!.unit, locale)}`]
		: [];
	for (const p of ps) {
		if (combined.includes(p) || NOT_TERMS.has(p.unit)) continue;
		// A total in GB repeats the per-month figure times months.
		if (combined.length && p.unit === 'gb') continue;
		const value = formatValue(p.value, p.unit, locale);
		parts.push(SELF_EXPLAINING.has(p.key) ? value : `${p.label[locale]} ${value}`);
	}
	return parts.join(' · ');
}

/** The remedy's window as dates, or null. */
export function remedyWindow(remedy: Remedy, locale: Locale): string | null {
	if (!remedy.window) return null;
	return `${formatDate(remedy.window.start, locale)}~${formatDate(remedy.window.end, locale)}`;
}

/** One remedy in a line or two: "전 고객: 50% · 1개월\n2025년 8월 1일~2025년 8월 31일". */
export function remedyCellText(remedy: Remedy, locale: Locale): string {
	const terms = remedyTerms(remedy, locale);
	const head = audienceShort(remedy.audience, locale) + (terms ? `: ${terms}` : '');
	const window = remedyWindow(remedy, locale);
	return window ? `${head}\n${window}` : head;
}
