// Ships to the browser: the benchmarks chart's rows — remedy value per affected unit, SKT and KT beside other breaches.
/**
 * One row per (case, remedy item, denominator) with a per-unit value converted to KRW. Money to
 * victims, penalties and security pledges are different things: each is its own view and nothing is
 * ever added across them (or within a case). Items that cannot be put on the scale (no amount, no
 * sourced exchange rate, uncounted recipients…) stay in the rows with their reason. The same code runs
 * at build time and in the browser, where benchmark-filters redraws the chart from the rows the page embeds.
 */
import type { AffectedUnit, Benchmark, RemedyType } from '../../schemas/benchmark.ts';
import type { Confidence } from '../../schemas/common.ts';
import type { FxRate } from '../../schemas/fx.ts';
import type { Incident } from '../../schemas/incident.ts';
import { isExcluded, perUnitForCase, type PerUnitEntry } from '../../lib/benchmarks/perUnit.ts';
import { preferredRates } from '../../lib/benchmarks/fxTable.ts';
import { incidentBenchmarkRows, type IncidentBenchmarkRow } from '../../lib/benchmarks/incidentRows.ts';
import type { RemedyGroup } from '../../lib/benchmarks/remedyGroup.ts';
import type { Locale } from '../../lib/format/locale.ts';
import { unique } from '../shared/unique.ts';
import { TYPE_LABEL, type BenchmarkStatus, type Exclusion } from './labels.ts';

/** Groups drawn, in view order: the first is the default view. Context figures are table-only. */
export const DRAWN_GROUPS = ['victims', 'penalties', 'security'] as const satisfies readonly RemedyGroup[];
export type DrawnGroup = (typeof DRAWN_GROUPS)[number];

/** One (case, remedy item, denominator): a dot when it has a KRW value, a table row always. */
export interface BenchmarkChartRow {
	/** Unique: case/item/denominator. */
	key: string;
	caseId: string;
	/** Axis label: short name for the site's incidents, case name otherwise, with the years. */
	caseLabel: string;
	caseName: string;
	/** The site's own incidents (SKT, KT), drawn larger with a ring and a bold label. */
	highlight: boolean;
	/** `partial` when the case is only a loose analogue. */
	comparability: 'direct' | 'partial';
	country: string;
	/** Breach year (or first year) to disclosure year. */
	yearFrom: number;
	yearTo: number;
	itemId: string;
	itemLabel: string;
	type: RemedyType;
	group: RemedyGroup;
	status: BenchmarkStatus;
	confidence: Confidence;
	/** Position in its group's colour key (and so the colour, seriesColor(colorIndex)); fixed before filtering. */
	colorIndex: number;
	/** The amount as stated, in its own currency; null when the sources give none. */
	amount: { value: number; currency: string; qualifier: string; basis: string; years: number | null } | null;
	/** Whether this row divides by the case's primary count (the dot) or an alternative definition. */
	primary: boolean;
	denominator: { id: string; unit: AffectedUnit; value: number; upper: number | null; qualifier: string; sources: string[] };
	/** Per unit in the amount's own currency. */
	native: { value: number; currency: string } | null;
	krw: number | null;
	usd: number | null;
	/** Per unit per year (the amount is yearly). */
	annual: boolean;
	/** The amount covers several incidents: dividing by this case's count overstates it. */
	overstated: boolean;
	/** Already included in another item of the case: never add the two. */
	partOf: string | null;
	excluded: Exclusion | null;
	/** Remedy reaches all customers (SKT/KT rows), so per-line is the like-for-like unit. */
	allCustomers: boolean;
	/** Sources of the amount, of the denominator and of the exchange rates applied. */
	sources: string[];
	itemSources: string[];
	rateSources: string[];
	rates: { id: string; currency: string; krwPerUnit: number; period: string }[];
}

/** What the chart needs of a case beyond the per-unit arithmetic, whichever file it came from. */
interface CaseView {
	row: Benchmark | IncidentBenchmarkRow;
	name: string;
	label: string;
	highlight: boolean;
	comparability: 'direct' | 'partial';
	country: string;
	yearFrom: number;
	yearTo: number;
	/** Denominators to compute besides the primary one (the site's incidents: every definition). */
	alternates: string[];
	item: (id: string) => { label: string; sources: string[]; allCustomers: boolean };
}

function benchmarkView(b: Benchmark, locale: Locale): CaseView {
	const disclosedYear = b.disclosed === undefined ? b.breachYear : Number(String(b.disclosed).slice(0, 4));
	const yearTo = Math.max(b.breachYear, b.breachYearEnd ?? b.breachYear, disclosedYear);
	const items = new Map(b.remedies.map((r) => [r.id, r]));
	return {
		row: b,
		name: b.name[locale],
		label: `${b.name[locale]} · ${b.breachYear === yearTo ? yearTo : `${b.breachYear}–${yearTo}`}`,
		highlight: false,
		comparability: b.comparability,
		country: b.country,
		yearFrom: b.breachYear,
		yearTo,
		alternates: [],
		item: (id) => {
			const r = items.get(id)!;
			return { label: r.label[locale], sources: r.sources, allCustomers: false };
		},
	};
}

function incidentView(r: IncidentBenchmarkRow, locale: Locale): CaseView {
	const items = new Map(r.remedies.map((x) => [x.id, x]));
	return {
		row: r,
		name: r.name[locale],
		label: `${r.shortName[locale]} · ${r.yearFrom === r.yearTo ? r.yearTo : `${r.yearFrom}–${r.yearTo}`}`,
		highlight: true,
		comparability: 'direct',
		country: r.country,
		yearFrom: r.yearFrom,
		yearTo: r.yearTo,
		// Every definition: an item divided by recipients (lines) by default still shows per person and per record.
		alternates: r.affected.map((a) => a.id),
		item: (id) => {
			const x = items.get(id)!;
			return { label: x.label[locale], sources: x.sources, allCustomers: x.audience === 'all-customers' };
		},
	};
}

/**
 * Every row the chart and its table show, unfiltered: each remedy item of every case divided by the
 * case's primary count, plus — for the site's own incidents — by each other count they have
 * (records, people, lines), so the effect of the definition is visible.
 */
export function benchmarkRows(
	benchmarks: readonly Benchmark[],
	incidents: readonly Incident[] | readonly IncidentBenchmarkRow[],
	fx: readonly FxRate[],
	locale: Locale,
): BenchmarkChartRow[] {
	const incidentRows = incidents.length > 0 && 'figures' in incidents[0]! ? incidentBenchmarkRows(incidents as readonly Incident[]) : (incidents as readonly IncidentBenchmarkRow[]);
	const table = preferredRates(fx);
	const rateSources = new Map(fx.filter((r) => r.preferred).map((r) => [r.id, r.sources]));
	const views = [...incidentRows.map((r) => incidentView(r, locale)), ...benchmarks.map((b) => benchmarkView(b, locale))];
	// Axis labels must be unique or two cases would share a row.
	const seen = new Map<string, number>();
	for (const v of views) {
		const n = (seen.get(v.label) ?? 0) + 1;
		seen.set(v.label, n);
		if (n > 1) v.label = `${v.label} (${v.row.id})`;
	}
	const rows = views.flatMap((v) => {
		const counts = new Map(v.row.affected.map((a) => [a.id, a]));
		const sets: { primary: boolean; entries: PerUnitEntry[] }[] = [
			{ primary: true, entries: perUnitForCase(v.row, table) },
			...v.alternates.map((id) => ({
				primary: false,
				entries: perUnitForCase(v.row, table, { denominator: id, override: true }),
			})),
		];
		// An alternate that repeats an item's default denominator is the same value twice: keep one.
		const primaryKeys = new Set(sets[0]!.entries.map((e) => `${e.itemId}/${e.denominator.id}`));
		for (const set of sets.slice(1)) set.entries = set.entries.filter((e) => !primaryKeys.has(`${e.itemId}/${e.denominator.id}`));
		return sets.flatMap(({ primary, entries }) =>
			entries.map((e): Omit<BenchmarkChartRow, 'colorIndex'> => {
				const item = v.item(e.itemId);
				const count = counts.get(e.denominator.id)!;
				const conv = e.converted;
				const nat = e.perUnit;
				const zero = !isExcluded(conv) && !(conv.krw > 0);
				const rates = isExcluded(conv) ? [] : conv.rates;
				const rSources = unique(rates.flatMap((r) => rateSources.get(r.id) ?? []));
				const a = e.amount;
				return {
					key: `${e.caseId}/${e.itemId}/${e.denominator.id}`,
					caseId: e.caseId,
					caseLabel: v.label,
					caseName: v.name,
					highlight: v.highlight,
					comparability: v.comparability,
					country: v.country,
					yearFrom: v.yearFrom,
					yearTo: v.yearTo,
					itemId: e.itemId,
					itemLabel: item.label,
					type: e.type,
					group: e.group,
					status: e.status,
					confidence: e.confidence,
					amount: a ? { value: a.value, currency: a.currency, qualifier: a.qualifier, basis: a.basis, years: a.years ?? null } : null,
					primary,
					denominator: {
						id: e.denominator.id,
						unit: e.denominator.unit,
						value: e.denominator.value,
						upper: e.denominator.upper ?? null,
						qualifier: e.denominator.qualifier,
						sources: [...count.sources],
					},
					native: isExcluded(nat) ? null : { value: nat.value, currency: nat.currency },
					krw: isExcluded(conv) || zero ? null : conv.krw,
					usd: isExcluded(conv) || zero ? null : conv.usd,
					annual: isExcluded(nat) ? false : nat.annual,
					overstated: e.overstated,
					partOf: e.partOf ?? null,
					excluded: isExcluded(conv)
						? { reason: conv.excluded.reason, currency: conv.excluded.currency ?? null }
						: zero
							? { reason: 'zero', currency: null }
							: null,
					allCustomers: item.allCustomers,
					sources: unique([...item.sources, ...count.sources, ...rSources]),
					itemSources: item.sources,
					rateSources: rSources,
					rates: rates.map((r) => ({ id: r.id, currency: r.currency, krwPerUnit: r.krwPerUnit, period: String(r.period) })),
				};
			}),
		);
	});
	const keys = colorKeys(rows);
	return rows.map((r) => ({ ...r, colorIndex: keys.filter((k) => k.group === r.group).findIndex((k) => k.type === r.type) }));
}

/**
 * The colour keys: every (group, type) that has a drawn dot, victims first, types in schema order
 * within a group. Each group is a view of its own with its own key, so a type's colour is
 * seriesColor(its position within its group): every view starts from the first colour, and no two
 * entries of one key share a colour (a group has at most six types, the palette's length).
 */
export function colorKeys(rows: readonly Pick<BenchmarkChartRow, 'group' | 'type' | 'krw'>[]): { group: DrawnGroup; type: RemedyType }[] {
	const order = Object.keys(TYPE_LABEL) as RemedyType[];
	return DRAWN_GROUPS.flatMap((group) =>
		order.filter((type) => rows.some((r) => r.group === group && r.type === type && r.krw !== null)).map((type) => ({ group, type })),
	);
}

/**
 * The same item per subscriber line when that is at most half the per-person figure: the sign that
 * the amount reaches far more people (all customers) than the count it is divided by.
 */
export function perLineAside(rows: readonly BenchmarkChartRow[], r: BenchmarkChartRow): BenchmarkChartRow | undefined {
	const line = rows.find((x) => x.caseId === r.caseId && x.itemId === r.itemId && x.denominator.unit === 'lines' && x.krw !== null);
	return line && r.krw! / line.krw! >= 2 ? line : undefined;
}

/** The case's short name: its axis label without the years. */
export function shortOf(r: BenchmarkChartRow): string {
	return r.caseLabel.split(' · ')[0]!;
}
