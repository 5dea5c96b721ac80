// Ships to the browser: the benchmarks chart — remedy value per affected unit, SKT and KT beside other breaches.
/**
 * One dot per (case, remedy item) with a per-unit value converted to KRW, on a log axis, coloured by
 * remedy type. Money to victims, penalties and security pledges are different things: each is its
 * own view and nothing is ever added across them (or within a case). Items that cannot be put on the
 * scale (no amount, no sourced exchange rate, uncounted recipients…) stay in the rows with their
 * reason and are counted in the notes. The same code runs at build time and in the browser, where
 * benchmark-filters re-runs `filterBenchmarkRows` + `benchmarkModel` on the rows the page embeds.
 */
import * as Plot from '@observablehq/plot';
import type { AffectedUnit, Benchmark, RemedyType } from '../schemas/benchmark.ts';
import type { Confidence } from '../schemas/common.ts';
import type { FxRate } from '../schemas/fx.ts';
import type { Incident } from '../schemas/incident.ts';
import { isExcluded, perUnitForCase, type ExclusionReason, type PerUnitEntry } from '../lib/benchmarks/perUnit.ts';
import { preferredRates } from '../lib/benchmarks/fxTable.ts';
import { incidentBenchmarkRows, type IncidentBenchmarkRow } from '../lib/benchmarks/incidentRows.ts';
import type { RemedyGroup } from '../lib/benchmarks/remedyGroup.ts';
import { formatExact, formatKrw } from '../lib/format/formatNumber.ts';
import type { Locale } from '../lib/format/locale.ts';
import type { ChartContext, ChartModel } from './types.ts';
import { seriesColor } from './palette.ts';

type Text = Record<Locale, string>;

/** Groups drawn, in view order: the first is the default view. Context figures are table-only. */
export const DRAWN_GROUPS = ['victims', 'penalties', 'security'] as const satisfies readonly RemedyGroup[];
type DrawnGroup = (typeof DRAWN_GROUPS)[number];

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
	status: 'final' | 'pending' | 'reported-only';
	confidence: Confidence;
	/** Position in the colour key (and so the colour, seriesColor(colorIndex)); fixed before filtering. */
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
	excluded: { reason: ExclusionReason | 'zero'; currency: string | null } | null;
	/** Remedy reaches all customers (SKT/KT rows), so per-line is the like-for-like unit. */
	allCustomers: boolean;
	/** Sources of the amount, of the denominator and of the exchange rates applied. */
	sources: string[];
	itemSources: string[];
	rateSources: string[];
	rates: { id: string; currency: string; krwPerUnit: number; period: string }[];
}

export interface BenchmarkFilters {
	/** ISO 3166-1 alpha-2 codes; empty or absent = every country. */
	countries?: readonly string[];
	/** Inclusive year range; a case matches when its breach-to-disclosure years overlap it. */
	from?: number;
	to?: number;
	/** Remedy types; empty or absent = every type. */
	types?: readonly RemedyType[];
}

export const TYPE_LABEL: Readonly<Record<RemedyType, Text>> = {
	voucher: { ko: '상품권·포인트', en: 'Voucher' },
	'cash-fund': { ko: '배상 기금', en: 'Settlement fund' },
	discount: { ko: '할인', en: 'Discount' },
	waiver: { ko: '수수료 면제', en: 'Fee waiver' },
	'credit-monitoring': { ko: '신용 감시', en: 'Credit monitoring' },
	'court-award': { ko: '법원 배상', en: 'Court award' },
	'in-kind': { ko: '현물·서비스', en: 'In kind' },
	reimbursement: { ko: '손해 환급', en: 'Reimbursement' },
	'support-package': { ko: '지원 패키지', en: 'Support package' },
	fine: { ko: '과징금·벌금', en: 'Fine' },
	'regulatory-settlement': { ko: '규제기관 합의금', en: 'Regulatory settlement' },
	'business-suspension': { ko: '영업정지', en: 'Business suspension' },
	'security-pledge': { ko: '보안 투자 약속', en: 'Security pledge' },
	'capital-requirement': { ko: '자본 추가 적립', en: 'Capital requirement' },
	'reported-cost': { ko: '회사가 밝힌 총비용', en: 'Reported total cost' },
};

export const GROUP_LABEL: Readonly<Record<RemedyGroup, Text>> = {
	victims: { ko: '피해자에게 간 몫', en: 'Money to victims' },
	penalties: { ko: '처벌', en: 'Penalties' },
	security: { ko: '보안 투자 약속', en: 'Security pledges' },
	context: { ko: '참고 수치', en: 'Context figures' },
};

export const STATUS_LABEL: Readonly<Record<BenchmarkChartRow['status'], Text>> = {
	final: { ko: '확정', en: 'Final' },
	pending: { ko: '미확정', en: 'Pending' },
	'reported-only': { ko: '보도로만 확인', en: 'Reported only' },
};

const UNIT_PER: Readonly<Record<AffectedUnit, Text>> = {
	people: { ko: '1명당', en: 'per person' },
	accounts: { ko: '1계정당', en: 'per account' },
	records: { ko: '1건(기록)당', en: 'per record' },
	subscribers: { ko: '가입자 1명당', en: 'per subscriber' },
	lines: { ko: '1회선당', en: 'per line' },
};
const UNIT_WORD: Readonly<Record<AffectedUnit, Text>> = {
	people: { ko: '명', en: 'people' },
	accounts: { ko: '계정', en: 'accounts' },
	records: { ko: '건', en: 'records' },
	subscribers: { ko: '명(가입자)', en: 'subscribers' },
	lines: { ko: '회선', en: 'lines' },
};

export function unitPer(unit: AffectedUnit, locale: Locale): string {
	return UNIT_PER[unit][locale];
}

const EXCLUSION_TEXT: Readonly<Record<ExclusionReason | 'zero', Text>> = {
	'no-amount': { ko: '출처에 금액이 없다', en: 'the sources give no amount' },
	'uncounted-recipients': { ko: '받은 사람 수를 센 자료가 없다', en: 'nobody counted the recipients' },
	'other-incident': { ko: '이 사고가 아닌 다른 사고에 대한 금액이다', en: 'the amount is for another incident' },
	'other-conduct': { ko: '유출이 아닌 다른 행위에 대한 금액이다', en: 'the amount is for other conduct, not the breach' },
	'not-a-payment': { ko: '지급이 아니라 쌓아 두는 자본이다', en: 'it is capital held, not a payment' },
	'no-sourced-rate': { ko: '출처 있는 환율이 없다', en: 'no sourced exchange rate' },
	zero: { ko: '0은 로그 눈금에 그릴 수 없다', en: 'zero cannot be drawn on a log scale' },
};

export function exclusionText(e: NonNullable<BenchmarkChartRow['excluded']>, locale: Locale): string {
	if (e.reason === 'no-sourced-rate' && e.currency) {
		return locale === 'ko' ? `출처 있는 ${e.currency} 환율이 없다` : `no sourced ${e.currency} rate`;
	}
	return EXCLUSION_TEXT[e.reason][locale];
}

// ── Formatting ──────────────────────────────────────────────────────────────────────────────

/** A per-unit won amount: small values keep their digits (₩0.41, 21,510원), large ones go compact. */
export function formatKrwPerUnit(v: number, locale: Locale): string {
	if (v >= 1e6) return formatKrw(v, locale);
	const digits = v < 10 ? 2 : v < 100 ? 1 : 0;
	return locale === 'ko' ? `${formatExact(v, 'ko', digits)}원` : `₩${formatExact(v, 'en', digits)}`;
}

export function formatUsdPerUnit(v: number, locale: Locale): string {
	const digits = v < 100 ? 2 : 0;
	return locale === 'ko' ? `${formatExact(v, 'ko', digits)}달러` : `$${formatExact(v, 'en', digits)}`;
}

/** An amount in its own currency, as stated: 5,000억원 / ₩500 billion / £20 million. */
export function formatMoney(value: number, currency: string, locale: Locale): string {
	if (currency === 'KRW') return value < 1e4 ? formatKrwPerUnit(value, locale) : formatKrw(value, locale);
	const compact = value >= 1e6;
	return new Intl.NumberFormat(locale === 'ko' ? 'ko-KR' : 'en-US', {
		style: 'currency',
		currency,
		...(compact ? { notation: 'compact', compactDisplay: locale === 'ko' ? 'short' : 'long', maximumSignificantDigits: 4 } : { maximumFractionDigits: value < 100 ? 2 : 0 }),
	}).format(value);
}

export function formatCount(value: number, unit: AffectedUnit, locale: Locale): string {
	const n = value >= 1e6 ? new Intl.NumberFormat(locale === 'ko' ? 'ko-KR' : 'en-US', locale === 'ko' ? { notation: 'compact', maximumSignificantDigits: 4 } : { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 4 }).format(value) : formatExact(value, locale, 0);
	return locale === 'ko' ? `${n}${UNIT_WORD[unit].ko}` : `${n} ${UNIT_WORD[unit].en}`;
}

export function formatYears(r: Pick<BenchmarkChartRow, 'yearFrom' | 'yearTo'>): string {
	return r.yearFrom === r.yearTo ? String(r.yearFrom) : `${r.yearFrom}–${r.yearTo}`;
}

// ── Rows ────────────────────────────────────────────────────────────────────────────────────

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

const uniq = <T>(xs: readonly T[]) => [...new Set(xs)];

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
				const rSources = uniq(rates.flatMap((r) => rateSources.get(r.id) ?? []));
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
					sources: uniq([...item.sources, ...count.sources, ...rSources]),
					itemSources: item.sources,
					rateSources: rSources,
					rates: rates.map((r) => ({ id: r.id, currency: r.currency, krwPerUnit: r.krwPerUnit, period: String(r.period) })),
				};
			}),
		);
	});
	const keys = colorKeys(rows);
	return rows.map((r) => ({ ...r, colorIndex: keys.findIndex((k) => k.group === r.group && k.type === r.type) }));
}

/**
 * The colour key: every (group, type) that has a drawn dot, victims first, types in schema order
 * within a group. A type's colour is seriesColor(its position), so the key and the dots agree; the
 * palette repeats after six, which is harmless because each group is its own view.
 */
function colorKeys(rows: readonly Pick<BenchmarkChartRow, 'group' | 'type' | 'krw'>[]): { group: DrawnGroup; type: RemedyType }[] {
	const order = Object.keys(TYPE_LABEL) as RemedyType[];
	return DRAWN_GROUPS.flatMap((group) =>
		order.filter((type) => rows.some((r) => r.group === group && r.type === type && r.krw !== null)).map((type) => ({ group, type })),
	);
}

/** Rows matching every active filter; an empty or absent filter matches everything. */
export function filterBenchmarkRows(rows: readonly BenchmarkChartRow[], f: BenchmarkFilters): BenchmarkChartRow[] {
	return rows.filter((r) => rowMatches(r, f));
}

export function rowMatches(r: Pick<BenchmarkChartRow, 'country' | 'yearFrom' | 'yearTo' | 'type'>, f: BenchmarkFilters): boolean {
	if (f.countries && f.countries.length > 0 && !f.countries.includes(r.country)) return false;
	if (f.types && f.types.length > 0 && !f.types.includes(r.type)) return false;
	if (f.from !== undefined && r.yearTo < f.from) return false;
	if (f.to !== undefined && r.yearFrom > f.to) return false;
	return true;
}

// ── Model ───────────────────────────────────────────────────────────────────────────────────

/** The chart for the data as loaded (build time): rows from the data, then the model. */
export function benchmarkChart(
	benchmarks: readonly Benchmark[],
	incidents: readonly Incident[],
	fx: readonly FxRate[],
	ctx: ChartContext,
	filters: BenchmarkFilters = {},
): ChartModel<BenchmarkChartRow> {
	return benchmarkModel(filterBenchmarkRows(benchmarkRows(benchmarks, incidents, fx, ctx.locale), filters), ctx);
}

interface Ranked {
	row: BenchmarkChartRow;
	rank: number;
	of: number;
}

/**
 * Where each highlighted case's largest drawn item of `group` ranks among every case's largest
 * item of that group (per primary unit). Items are compared one by one, never added up.
 */
export function rankInGroup(rows: readonly BenchmarkChartRow[], group: RemedyGroup): Ranked[] {
	const best = new Map<string, BenchmarkChartRow>();
	for (const r of rows) {
		if (r.group !== group || !r.primary || r.krw === null) continue;
		const b = best.get(r.caseId);
		if (!b || r.krw > b.krw!) best.set(r.caseId, r);
	}
	const sorted = [...best.values()].sort((a, b) => b.krw! - a.krw!);
	return sorted.flatMap((row, i) => (row.highlight ? [{ row, rank: i + 1, of: sorted.length }] : []));
}

function ordinal(n: number, locale: Locale): string {
	if (locale === 'ko') return `${n}위`;
	const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
	return `${n}${s}`;
}

/**
 * The same item per subscriber line when that is at most half the per-person figure: the sign that
 * the amount reaches far more people (all customers) than the count it is divided by.
 */
export function perLineAside(rows: readonly BenchmarkChartRow[], r: BenchmarkChartRow): BenchmarkChartRow | undefined {
	const line = rows.find((x) => x.caseId === r.caseId && x.itemId === r.itemId && x.denominator.unit === 'lines' && x.krw !== null);
	return line && r.krw! / line.krw! >= 2 ? line : undefined;
}

export function benchmarkModel(rows: readonly BenchmarkChartRow[], ctx: ChartContext): ChartModel<BenchmarkChartRow> {
	const { locale } = ctx;
	const ko = locale === 'ko';
	const allRows = [...rows];
	const caseIds = uniq(allRows.map((r) => r.caseId));
	const highlighted = uniq(allRows.filter((r) => r.highlight).map((r) => r.caseId));
	const others = caseIds.length - highlighted.length;
	const drawn = allRows.filter((r) => r.primary && r.krw !== null);

	const plots = Object.fromEntries(DRAWN_GROUPS.map((g) => [g, groupPlot(allRows, g, ctx)])) as Record<DrawnGroup, Plot.PlotOptions>;

	// Takeaway: rank of each highlighted case's largest money-to-victims item per unit.
	const ranks = rankInGroup(allRows, 'victims');
	const parts = ranks.map(({ row, rank, of }) => {
		const aside = row.allCustomers ? perLineAside(allRows, row) : undefined;
		const base = ko
			? `${shortOf(row)}는 ${unitPer(row.denominator.unit, locale)} ${formatKrwPerUnit(row.krw!, locale)}으로 ${of}개 사례 중 ${ordinal(rank, locale)}`
			: `${shortOf(row)}’s is ${formatKrwPerUnit(row.krw!, locale)} ${unitPer(row.denominator.unit, locale)}, ${ordinal(rank, locale)} of ${of} cases`;
		if (!aside) return base;
		return ko
			? `${base}(전 고객 대상이라 ${unitPer('lines', locale)}으로는 ${formatKrwPerUnit(aside.krw!, locale)})`
			: `${base} (it went to all customers: ${formatKrwPerUnit(aside.krw!, locale)} ${unitPer('lines', locale)})`;
	});
	const takeaway =
		parts.length > 0
			? ko
				? `고객에게 간 몫을 단위당으로 보면 ${parts.join(', ')}다. 전 고객 보상은 받은 회선 수로, 그 밖의 보상은 피해 단위로 나눴다. 사례마다 가장 큰 항목 하나끼리 비교했고 항목을 더하지 않았다.`
				: `Per unit, the largest single remedy to customers: ${parts.join('; ')}. A package for every customer is divided by the lines that received it, other remedies by the affected count. Items are compared one by one, never added.`
			: ko
				? '선택한 사례의 보상을 영향받은 단위당 금액으로 비교한다.'
				: 'The selected cases’ remedies, per affected unit.';

	const title = ko
		? `보상은 많은 편인가: 영향받은 단위당 금액, ${highlighted.length > 0 ? `${uniq(allRows.filter((r) => r.highlight).map(shortOf)).join('·')}와 ` : ''}다른 사고 ${others}건`
		: `Is that a lot? Remedies per affected unit${highlighted.length > 0 ? `, ${uniq(allRows.filter((r) => r.highlight).map(shortOf)).join(' and ')}` : ''} beside ${others} other breach${others === 1 ? '' : 'es'}`;

	const describe = (g: DrawnGroup) => {
		const rs = drawn.filter((r) => r.group === g).sort((a, b) => b.krw! - a.krw!);
		if (rs.length === 0) return `${GROUP_LABEL[g][locale]}: ${ko ? '그릴 값 없음' : 'nothing to draw'}`;
		return `${GROUP_LABEL[g][locale]}: ${rs.map((r) => `${r.caseLabel}, ${r.itemLabel} (${TYPE_LABEL[r.type][locale]}) ${formatKrwPerUnit(r.krw!, locale)} ${unitPer(r.denominator.unit, locale)}${r.annual ? (ko ? ' (연간)' : ' a year') : ''}`).join('; ')}`;
	};
	const description =
		(ko ? '로그 눈금 점 차트. ' : 'Dot chart on a log scale. ') + DRAWN_GROUPS.map(describe).join('. ') + '.';

	const keys = colorKeys(allRows);
	const legend = keys.map((k, i) => ({
		label:
			k.group === DRAWN_GROUPS[0]
				? TYPE_LABEL[k.type][locale]
				: `${TYPE_LABEL[k.type][locale]} (${GROUP_LABEL[k.group][locale]} ${ko ? '보기' : 'view'})`,
		color: seriesColor(i),
	}));

	const views = DRAWN_GROUPS.slice(1).map((g) => ({
		id: g,
		label: GROUP_LABEL[g][locale],
		note: groupNote(g, locale),
		plot: plots[g],
	}));

	return {
		id: 'benchmarks',
		title,
		takeaway,
		description,
		notes: notesFor(allRows, locale),
		sources: uniq(allRows.flatMap((r) => r.sources)),
		rows: allRows,
		columns: columns(),
		plot: plots.victims,
		views,
		legend,
		...(allRows.length === 0 ? { empty: { reason: ko ? '선택한 조건에 맞는 사례가 없다.' : 'No case matches the selection.' } } : {}),
	};
}

function shortOf(r: BenchmarkChartRow): string {
	return r.caseLabel.split(' · ')[0]!;
}

function groupNote(g: DrawnGroup, locale: Locale): string {
	const ko = locale === 'ko';
	switch (g) {
		case 'penalties':
			return ko
				? '처벌 보기: 국가나 규제기관에 낸 과징금·벌금·합의금이다. 피해자에게 가는 돈이 아니며 피해자 보상과 더하지 않는다.'
				: 'Penalties view: fines and settlements paid to the state or regulators. Victims receive none of it, and it is never added to their remedies.';
		case 'security':
			return ko
				? '보안 투자 보기: 회사가 약속하거나 명령받은 보안 지출이다. 피해자가 받는 돈이 아니다.'
				: 'Security view: security spending a company pledged or was ordered to make. Victims receive none of it.';
		default:
			return '';
	}
}

function notesFor(rows: readonly BenchmarkChartRow[], locale: Locale): string[] {
	const ko = locale === 'ko';
	const notes: string[] = [];
	const primary = rows.filter((r) => r.primary);
	notes.push(
		ko
			? '피해자 보상, 처벌, 보안 투자는 서로 다른 것이라 각각 다른 보기로 나눠 그리며 절대 더하지 않는다. 점 하나는 사례 하나의 항목 하나다.'
			: 'Money to victims, penalties and security pledges are different things: each has its own view and they are never added together. One dot is one item of one case.',
	);
	// Excluded items, by reason (and currency), naming the cases.
	const groups = new Map<string, BenchmarkChartRow[]>();
	for (const r of primary) {
		if (!r.excluded) continue;
		const k = `${r.excluded.reason}|${r.excluded.currency ?? ''}`;
		groups.set(k, [...(groups.get(k) ?? []), r]);
	}
	for (const list of groups.values()) {
		const e = list[0]!.excluded!;
		const cases = uniq(list.map((r) => shortOf(r))).join(', ');
		const n = list.length;
		if (e.reason === 'no-sourced-rate' && e.currency) {
			notes.push(
				ko
					? `${e.currency} 금액 ${n}건은 환산하지 않았다: ${exclusionText(e, locale)} (${cases}).`
					: `${n} ${e.currency} amount${n === 1 ? ' is' : 's are'} not converted: ${exclusionText(e, locale)} (${cases}).`,
			);
		} else {
			notes.push(
				ko
					? `${n}개 항목은 그리지 않았다: ${exclusionText(e, locale)} (${cases}).`
					: `${n} item${n === 1 ? ' is' : 's are'} not drawn: ${exclusionText(e, locale)} (${cases}).`,
			);
		}
	}
	const context = primary.filter((r) => r.group === 'context' && r.krw !== null);
	if (context.length > 0) {
		notes.push(
			ko
				? `회사가 밝힌 총비용 등 참고 수치 ${context.length}건은 보상이 아니어서 그리지 않고 표에만 싣는다.`
				: `${context.length} context figure${context.length === 1 ? '' : 's'} (such as a company’s reported total cost) ${context.length === 1 ? 'is' : 'are'} not a remedy: in the table only.`,
		);
	}
	const annual = uniq(primary.filter((r) => r.annual && r.krw !== null).map(shortOf));
	if (annual.length > 0) {
		notes.push(
			ko
				? `연간 금액(${annual.join(', ')})은 단위당 연간 값이다.`
				: `Yearly amounts (${annual.join(', ')}) are per unit per year.`,
		);
	}
	const overstated = uniq(primary.filter((r) => r.overstated).map(shortOf));
	if (overstated.length > 0) {
		notes.push(
			ko
				? `여러 사고를 합친 금액(${overstated.join(', ')})을 한 사고의 수로 나눠 단위당 값이 부풀려져 있다.`
				: `Amounts covering several incidents (${overstated.join(', ')}) are divided by one incident’s count, which overstates the per-unit value.`,
		);
	}
	const units = uniq(primary.filter((r) => r.krw !== null).map((r) => r.denominator.unit));
	if (units.length > 1) {
		notes.push(
			ko
				? `분모는 사례마다 다르다(${units.map((u) => UNIT_WORD[u].ko).join('·')}). 기록은 사람이 아니고 계정도 사람이 아니다. 각 값의 분모는 표에 적었다.`
				: `Denominators differ by case (${units.map((u) => UNIT_WORD[u].en).join(', ')}): a record is not a person, nor is an account. The table names each value’s denominator.`,
		);
	}
	const alt = rows.filter((r) => !r.primary && r.krw !== null);
	if (alt.length > 0) {
		const names = uniq(alt.map(shortOf)).join(ko ? '·' : ' and ');
		notes.push(
			ko
				? `${names}는 사람 수로 나눈 값을 채운 점으로, 같은 금액을 기록 수나 회선 수로 나눈 값을 빈 점으로 함께 그렸다.`
				: `For ${names}, the filled dot divides by people; hollow dots divide the same amount by records or lines.`,
		);
	}
	const rates = uniq(rows.flatMap((r) => r.rates.map((x) => `${x.id}|${x.currency}|${x.krwPerUnit}|${x.period}`))).map((s) => s.split('|'));
	for (const [, currency, krw, period] of rates) {
		notes.push(
			ko
				? `환산은 ${period}년 평균 환율(1${currency}=${formatExact(Number(krw), 'ko')}원)로 했고 물가 상승은 반영하지 않았다.`
				: `Converted at the ${period} average rate (${currency} 1 = ₩${formatExact(Number(krw), 'en')}), without adjusting for inflation.`,
		);
	}
	return notes;
}

function columns(): ChartModel<BenchmarkChartRow>['columns'] {
	return [
		{ key: 'case', label: { ko: '사례', en: 'Case' }, value: (r) => r.caseName },
		{ key: 'country', label: { ko: '국가', en: 'Country' }, value: (r) => r.country },
		{ key: 'years', label: { ko: '유출~공개 연도', en: 'Breach to disclosure' }, value: (r) => formatYears(r) },
		{ key: 'item', label: { ko: '항목', en: 'Item' }, value: (r) => r.itemLabel },
		{ key: 'type', label: { ko: '유형', en: 'Type' }, value: (r) => r.type, format: (r, l) => TYPE_LABEL[r.type][l] },
		{ key: 'group', label: { ko: '묶음', en: 'Group' }, value: (r) => r.group, format: (r, l) => GROUP_LABEL[r.group][l] },
		{ key: 'status', label: { ko: '상태', en: 'Status' }, value: (r) => r.status, format: (r, l) => STATUS_LABEL[r.status][l] },
		{
			key: 'amount',
			label: { ko: '금액(원래 통화)', en: 'Amount (as stated)' },
			value: (r) => r.amount?.value ?? null,
			format: (r, l) => (r.amount ? formatMoney(r.amount.value, r.amount.currency, l) : '—'),
			numeric: true,
		},
		{ key: 'currency', label: { ko: '통화', en: 'Currency' }, value: (r) => r.amount?.currency ?? null },
		{
			key: 'denominator',
			label: { ko: '분모', en: 'Denominator' },
			value: (r) => r.denominator.value,
			format: (r, l) => formatCount(r.denominator.value, r.denominator.unit, l),
			numeric: true,
		},
		{ key: 'unit', label: { ko: '분모 단위', en: 'Denominator unit' }, value: (r) => r.denominator.unit },
		{
			key: 'krw',
			label: { ko: '단위당 원화', en: 'Per unit, KRW' },
			value: (r) => r.krw,
			format: (r, l) => (r.krw === null ? '—' : `${formatKrwPerUnit(r.krw, l)}${r.annual ? (l === 'ko' ? '/년' : ' a year') : ''}`),
			numeric: true,
		},
		{
			key: 'usd',
			label: { ko: '단위당 달러', en: 'Per unit, USD' },
			value: (r) => r.usd,
			format: (r, l) => (r.usd === null ? '—' : formatUsdPerUnit(r.usd, l)),
			numeric: true,
		},
		{
			key: 'excluded',
			label: { ko: '그리지 않은 이유', en: 'Why not drawn' },
			value: (r) => r.excluded?.reason ?? null,
			format: (r, l) => (r.excluded ? exclusionText(r.excluded, l) : ''),
		},
		{ key: 'primary', label: { ko: '기본 분모', en: 'Primary denominator' }, value: (r) => (r.primary ? 'yes' : 'no'), format: (r, l) => (r.primary ? (l === 'ko' ? '예' : 'yes') : l === 'ko' ? '아니요' : 'no') },
		{ key: 'sources', label: { ko: '출처', en: 'Sources' }, value: (r) => r.sources.join(' ') },
	];
}

// ── Plot ────────────────────────────────────────────────────────────────────────────────────

function groupPlot(rows: readonly BenchmarkChartRow[], group: DrawnGroup, ctx: ChartContext): Plot.PlotOptions {
	const { locale, width } = ctx;
	const ko = locale === 'ko';
	const inGroup = rows.filter((r) => r.group === group && r.krw !== null);
	const dots = inGroup.filter((r) => r.primary);
	const alts = inGroup.filter((r) => !r.primary);
	const ariaLabel = `${GROUP_LABEL[group][locale]}: ${ko ? '영향받은 단위당 금액' : 'value per affected unit'}`;
	if (dots.length === 0) {
		return {
			width,
			height: 80,
			ariaLabel,
			x: { axis: null },
			y: { axis: null },
			marks: [Plot.text([ko ? '이 조건에서는 그릴 값이 없다.' : 'Nothing to draw for this selection.'], { frameAnchor: 'middle', fill: 'currentColor' })],
		};
	}
	// Cases top to bottom by their largest item, so the order reads as a ranking.
	const maxOf = new Map<string, number>();
	for (const r of dots) maxOf.set(r.caseLabel, Math.max(maxOf.get(r.caseLabel) ?? 0, r.krw!));
	const order = [...maxOf.keys()].sort((a, b) => maxOf.get(b)! - maxOf.get(a)! || a.localeCompare(b));
	const values = [...dots, ...alts].map((r) => r.krw!);
	const lo = 10 ** Math.floor(Math.log10(Math.min(...values)));
	const hi = 10 ** Math.ceil(Math.log10(Math.max(...values)));
	const domain: [number, number] = [lo, hi === lo ? lo * 10 : hi];
	const highlightLabels = uniq(dots.filter((r) => r.highlight).map((r) => r.caseLabel));
	const plainLabels = order.filter((l) => !highlightLabels.includes(l));
	const fill = (r: BenchmarkChartRow) => seriesColor(r.colorIndex);
	const title = (r: BenchmarkChartRow) =>
		`${r.caseLabel} — ${r.itemLabel} (${TYPE_LABEL[r.type][locale]}, ${STATUS_LABEL[r.status][locale]}): ${formatKrwPerUnit(r.krw!, locale)} ${unitPer(r.denominator.unit, locale)}${r.annual ? (ko ? ' (연간)' : ' a year') : ''} ≈ ${formatUsdPerUnit(r.usd!, locale)}`;
	// Alternative definitions of the same item: a thin line from the lowest to the highest value.
	const spans = uniq(alts.map((r) => `${r.caseId}/${r.itemId}`)).flatMap((k) => {
		const same = inGroup.filter((r) => `${r.caseId}/${r.itemId}` === k);
		const v = same.map((r) => r.krw!);
		return [{ y: same[0]!.caseLabel, x1: Math.min(...v), x2: Math.max(...v) }];
	});
	// Label a hollow dot with its unit only where it stands clear of the item's other dots.
	const clear = (r: BenchmarkChartRow) =>
		inGroup.every((o) => o === r || o.caseId !== r.caseId || o.itemId !== r.itemId || Math.abs(Math.log10(o.krw! / r.krw!)) > 0.3);
	const labelWidth = 230;
	return {
		width,
		height: 50 + order.length * 30,
		marginLeft: labelWidth,
		marginRight: 90,
		ariaLabel,
		x: {
			type: 'log',
			domain,
			label: `${ko ? '영향받은 단위당 원화 (로그 눈금)' : 'Won per affected unit (log scale)'} →`,
			tickFormat: (d: number) => logTick(d, locale),
			grid: true,
		},
		y: { domain: order, label: null, axis: null },
		marks: [
			Plot.barX(highlightLabels, { x1: domain[0], x2: domain[1], y: (d: string) => d, fill: 'var(--range)', fillOpacity: 0.18 }),
			Plot.axisY(plainLabels, { anchor: 'left', tickSize: 0, label: null, lineWidth: ko ? 13 : 21 }),
			Plot.axisY(highlightLabels, { anchor: 'left', tickSize: 0, label: null, lineWidth: ko ? 13 : 21, fontWeight: 'bold' }),
			Plot.ruleY(spans, { y: 'y', x1: 'x1', x2: 'x2', stroke: 'currentColor', strokeOpacity: 0.5 }),
			Plot.dot(alts, { x: 'krw', y: 'caseLabel', r: 4, stroke: fill, strokeWidth: 1.5, fill: 'var(--bg)', title }),
			Plot.text(alts.filter(clear), { x: 'krw', y: 'caseLabel', text: (r: BenchmarkChartRow) => unitPer(r.denominator.unit, locale), dy: -11, fontSize: 9, fill: 'currentColor' }),
			Plot.dot(
				dots.filter((r) => !r.highlight),
				{ x: 'krw', y: 'caseLabel', r: 4.5, fill, fillOpacity: 0.9, title },
			),
			Plot.dot(
				dots.filter((r) => r.highlight),
				{ x: 'krw', y: 'caseLabel', r: 7, fill, stroke: 'currentColor', strokeWidth: 2, title },
			),
			Plot.text(
				dots.filter((r) => r.highlight),
				{ x: 'krw', y: 'caseLabel', text: (r: BenchmarkChartRow) => formatKrwPerUnit(r.krw!, locale), dx: 11, textAnchor: 'start', fontWeight: 'bold', fill: 'currentColor' },
			),
		],
	};
}

function logTick(d: number, locale: Locale): string {
	if (!Number.isFinite(d) || d <= 0) return '';
	const log = Math.log10(d);
	if (Math.abs(log - Math.round(log)) > 1e-9) return '';
	return d < 1 ? (locale === 'ko' ? `${formatExact(d, 'ko', 6)}원` : `₩${formatExact(d, 'en', 6)}`) : d >= 1e6 ? formatKrw(d, locale) : locale === 'ko' ? `${formatExact(d, 'ko', 0)}원` : `₩${formatExact(d, 'en', 0)}`;
}
