// Ships to the browser: the per-person chart's wording — values, takeaway, description and notes.
import { formatExact, formatKrw, formatUsd } from '../../lib/format/formatNumber.ts';
import type { Locale } from '../../lib/format/locale.ts';
import type { ModelInputs } from '../../lib/model/index.ts';
import type { ChartSpec } from '../shared/types.ts';
import type { PerPersonRow } from './rows.ts';
import { componentSources, type RunInfo } from '../shared/modelRuns.ts';
import { bandNote, counterfactualNote, notModelledNote } from '../shared/modelNotes.ts';
import { formatKrwRange, formatModelKrw } from '../shared/estimateFormat.ts';
import { unique } from '../shared/unique.ts';
import { unitWord } from '../../i18n/unitWords.ts';
import { inSentence } from '../shared/sentence.ts';
import { costPerPersonText } from './messages.ts';

type Captions = Pick<ChartSpec<PerPersonRow>, 'title' | 'takeaway' | 'description' | 'notes' | 'sources'>;

/** 48,840원 · ₩48,840 per unit; 6.3% for a share. */
export function formatPerUnit(v: number, r: Pick<PerPersonRow, 'panel'>, locale: Locale): string {
	return r.panel === 'percent' ? `${formatExact(v, locale, 1)}%` : formatModelKrw(v, locale);
}

/** The row's P5–P95: 46,360–58,250원 · ₩38–50.56 million · 59.1–74.3%. */
export function formatPerUnitRange(r: PerPersonRow, locale: Locale): string {
	return r.panel === 'percent' ? `${formatExact(r.p5, locale, 1)}–${formatExact(r.p95, locale, 1)}%` : formatKrwRange(r.p5, r.p95, locale);
}

/**
 * A row label without its trailing date: rows compared across incidents share a kind, but each
 * incident counts its lines at its own date, so one incident's date must not stand for both.
 */
const undated = (label: string) => label.replace(/\s*\([^)]*\)$/, '');

const times = (x: number, locale: Locale) => formatExact(x, locale, x >= 10 ? 0 : 1);

/** The denominator with its unit: 22,227명 / 22,227 people; 17조9,400억원. */
function denominatorText(r: PerPersonRow, locale: Locale): string {
	if (r.unit === 'krw') return formatKrw(r.denominator, locale);
	return costPerPersonText(locale, 'chart.cost-per-person.denominator', { n: formatExact(Math.round(r.denominator), locale, 0), unit: unitWord(r.unit, locale) });
}

/** Per shared per-unit denominator: the highest and lowest incident and their ratio. */
function spreads(rows: readonly PerPersonRow[]) {
	const kinds = unique(rows.filter((r) => r.panel === 'per-unit').map((r) => r.kind));
	return kinds.flatMap((kind) => {
		// Only rows dividing the same numerator by the same kind of denominator are compared.
		const mine = rows.filter((r) => r.kind === kind && r.p50 > 0);
		if (mine.length < 2) return [];
		const hi = mine.reduce((a, r) => (r.p50 > a.p50 ? r : a));
		const lo = mine.reduce((a, r) => (r.p50 < a.p50 ? r : a));
		return [{ kind, hi, lo, mine, ratio: hi.p50 / lo.p50, sourced: hi.asOf !== null }];
	});
}

function takeawayOf(rows: readonly PerPersonRow[], locale: Locale): string {
	const text = costPerPersonText;
	const v = (r: PerPersonRow) => formatPerUnit(r.p50, r, locale);
	const s = spreads(rows);
	const top = s.reduce<(typeof s)[number] | undefined>((a, x) => (!a || x.ratio > a.ratio ? x : a), undefined);
	const near = s.filter((x) => x !== top && x.sourced).reduce<(typeof s)[number] | undefined>((a, x) => (!a || x.ratio < a.ratio ? x : a), undefined);
	if (top) {
		const list = (x: typeof top) => x.mine.map((r) => `${r.incident} ${v(r)}`).join(', ');
		const widest = {
			label: undated(top.hi.label),
			times: times(top.ratio, locale),
			hi: top.hi.incident,
			hiValue: v(top.hi),
			lo: top.lo.incident,
			loValue: v(top.lo),
			denominator: denominatorText(top.hi, locale),
		};
		if (!near) return text(locale, 'chart.cost-per-person.takeaway.ratio', widest);
		return text(locale, 'chart.cost-per-person.takeaway.ratioThenNear', {
			...widest,
			nearLabel: inSentence(undated(near.hi.label), locale),
			nearList: list(near),
			nearTimes: times(near.ratio, locale),
		});
	}
	const first = rows.find((r) => r.panel === 'per-unit') ?? rows[0];
	if (!first) return text(locale, 'chart.cost-per-person.takeaway.none');
	return text(locale, 'chart.cost-per-person.takeaway.single', { incident: first.incident, label: first.label, value: v(first), range: formatPerUnitRange(first, locale) });
}

export function costPerPersonCaptions(rows: readonly PerPersonRow[], runs: readonly RunInfo[], inputs: ModelInputs, locale: Locale): Captions {
	const text = costPerPersonText;
	const kinds = unique(rows.map((r) => r.kind));
	const missing = kinds.flatMap((kind) => {
		const label = rows.find((r) => r.kind === kind)!.label;
		return runs.filter((run) => !rows.some((r) => r.kind === kind && r.incidentId === run.incidentId)).map((run) => `${run.incident} — ${label}`);
	});
	const usd = runs[0]?.result.usd;
	const asOf = (r: PerPersonRow) => r.asOf ?? text(locale, 'chart.cost-per-person.modelCentral');
	const denominators = kinds.map((kind) => {
		const mine = rows.filter((r) => r.kind === kind);
		return `${mine[0]!.label}: ${mine.map((r) => `${r.incident} ${denominatorText(r, locale)} (${asOf(r)})`).join(', ')}`;
	});
	const notes = [
		bandNote(runs.map((r) => r.result), locale),
		text(locale, 'chart.cost-per-person.notes.dots'),
		...(missing.length ? [text(locale, 'chart.cost-per-person.notes.missing', { items: missing.join('; ') })] : []),
		text(locale, 'chart.cost-per-person.notes.denominators', { items: denominators.join('; ') }),
		...(usd ? [text(locale, 'chart.cost-per-person.notes.usd', { rate: formatExact(usd.krwPerUsd, locale), description: usd.description[locale] })] : []),
		...counterfactualNote(runs, inputs, locale),
		...notModelledNote(runs, inputs, locale),
	];
	const describe = (r: PerPersonRow) =>
		`${r.incident} · ${r.label}: P50 ${formatPerUnit(r.p50, r, locale)} (P5–P95 ${formatPerUnitRange(r, locale)})` +
		(r.usdCentral !== null ? `, ${formatUsd(r.usdCentral, locale)}` : '');
	const totalSources = runs.flatMap((run) => run.result.components.filter((c) => c.enabled).flatMap((c) => componentSources(inputs, run.result, c.id)));
	return {
		title: text(locale, 'chart.cost-per-person.title'),
		takeaway: takeawayOf(rows, locale),
		description: text(locale, 'chart.cost-per-person.description', { rows: rows.map(describe).join('; ') }),
		notes,
		sources: unique([...rows.flatMap((r) => r.sources), ...totalSources]),
	};
}
