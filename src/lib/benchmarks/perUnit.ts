// Ships to the browser: type-only schema imports, no zod at run time.
/**
 * Value per affected unit for every remedy item of a case: the item's amount divided by one of the
 * case's affected counts (the primary one unless the item or the caller names another), in the
 * amount's own currency, then in KRW and USD where data/fx.yaml has a sourced preferred rate.
 * Nothing is dropped: an item that cannot be divided or converted comes back with
 * `excluded: { reason }`. Groups and units are never mixed, and nothing here adds items together.
 */
import type { AffectedCount, AffectedUnit, Amount, Benchmark, RemedyItem, RemedyType } from '../../schemas/benchmark.ts';
import type { Confidence } from '../../schemas/common.ts';
import { BASE_CURRENCY, type FxTable, type RateUsed } from './fxTable.ts';
import { remedyGroup, type RemedyGroup } from './remedyGroup.ts';

/**
 * The fields the computation reads. A validated `Benchmark` satisfies it; so does a row the lead
 * derives for SKT or KT from incident data, as long as it names its counts and amounts the same way.
 */
export interface BenchmarkRow {
	id: string;
	affected: readonly Pick<AffectedCount, 'id' | 'value' | 'upper' | 'qualifier' | 'unit' | 'primary'>[];
	remedies: readonly Pick<
		RemedyItem,
		'id' | 'type' | 'amount' | 'multiplier' | 'denominator' | 'scope' | 'partOf' | 'status' | 'confidence'
	>[];
}

// A compile-time check that every benchmark file is a valid row.
const _benchmarkIsRow = (b: Benchmark): BenchmarkRow => b;
void _benchmarkIsRow;

/**
 * Why an item has no per-unit (or no converted) value:
 * no-amount = the sources give no money amount; uncounted-recipients = an amount per recipient
 * whose recipients were never counted; other-incident / other-conduct = the amount is not for this
 * breach; not-a-payment = capital a regulator makes the company hold; no-sourced-rate = the
 * currency (named in `currency`) has no sourced preferred rate in data/fx.yaml.
 */
export type ExclusionReason =
	| 'no-amount'
	| 'uncounted-recipients'
	| 'other-incident'
	| 'other-conduct'
	| 'not-a-payment'
	| 'no-sourced-rate';

export interface Excluded {
	excluded: { reason: ExclusionReason; currency?: string };
}

/** Per one unit of the denominator, in the amount's own currency. */
export interface NativePerUnit {
	value: number;
	currency: string;
	/** The denominator's unit: the figure is "per person", "per account", "per record"… */
	unit: AffectedUnit;
	/** True for a yearly amount (`basis: per-year`): the figure is per unit per year. */
	annual: boolean;
	/** When the count is a range (250–280 million), the value over its upper end; `value` uses the lower end. */
	low: number | undefined;
}

/** Per one unit of the denominator in KRW and USD, with the sourced rates that were applied. */
export interface ConvertedPerUnit {
	krw: number;
	usd: number;
	/** KRW and USD over the upper end of a ranged count (see NativePerUnit.low). */
	low: { krw: number; usd: number } | undefined;
	unit: AffectedUnit;
	annual: boolean;
	/** Rates applied: the amount's currency (none for KRW) and, for non-USD amounts, USD. */
	rates: RateUsed[];
}

export interface Denominator {
	id: string;
	unit: AffectedUnit;
	value: number;
	/** Upper end when the count is a range. */
	upper: number | undefined;
	qualifier: AffectedCount['qualifier'];
}

export interface PerUnitEntry {
	caseId: string;
	itemId: string;
	type: RemedyType;
	group: RemedyGroup;
	status: RemedyItem['status'];
	confidence: Confidence;
	scope: RemedyItem['scope'];
	/** The item's amount is already inside this other item's; never add the two. */
	partOf: string | undefined;
	/** The amount exactly as stated. */
	amount: Amount | undefined;
	/** The amount the per-unit value is divided from; `derived` when it is `each` × the multiplier. */
	total: { value: number; currency: string; derived: boolean; annual: boolean } | undefined;
	denominator: Denominator;
	/** The amount covers several incidents, so dividing by this case's count overstates it. */
	overstated: boolean;
	perUnit: NativePerUnit | Excluded;
	converted: ConvertedPerUnit | Excluded;
}

export function isExcluded(x: NativePerUnit | ConvertedPerUnit | Excluded): x is Excluded {
	return 'excluded' in x;
}

export interface PerUnitOptions {
	/**
	 * Id of the affected count to divide by instead of the primary one (e.g. records instead of
	 * people). Items that name their own denominator keep it.
	 */
	denominator?: string;
	/** Apply `denominator` to every item, even one that names its own (to show every definition). */
	override?: boolean;
}

type Item = BenchmarkRow['remedies'][number];
type Count = BenchmarkRow['affected'][number];

/** Per-unit entries for every remedy item of one case, in data order. */
export function perUnitForCase(row: BenchmarkRow, fx: FxTable, options: PerUnitOptions = {}): PerUnitEntry[] {
	const countById = new Map(row.affected.map((a) => [a.id, a]));
	const find = (id: string, what: string): Count => {
		const c = countById.get(id);
		if (!c) throw new Error(`${row.id}: ${what} "${id}" is not an affected count`);
		return c;
	};
	const primary = row.affected.find((a) => a.primary);
	if (!primary) throw new Error(`${row.id}: no affected count is marked primary`);
	const caseDenominator = options.denominator === undefined ? primary : find(options.denominator, 'denominator');

	return row.remedies.map((item) => {
		const ownDenominator = item.denominator !== undefined && !(options.override && options.denominator !== undefined);
		const count = ownDenominator ? find(item.denominator!, 'denominator') : caseDenominator;
		const denominator: Denominator = {
			id: count.id,
			unit: count.unit,
			value: count.value,
			upper: count.upper,
			qualifier: count.qualifier,
		};
		const total = totalOf(item, find);
		const perUnit = nativePerUnit(item, total, count);
		return {
			caseId: row.id,
			itemId: item.id,
			type: item.type,
			group: remedyGroup(item.type),
			status: item.status,
			confidence: item.confidence,
			scope: item.scope,
			partOf: item.partOf,
			amount: item.amount,
			total,
			denominator,
			overstated: item.scope === 'several-incidents',
			perUnit,
			converted: isExcluded(perUnit) ? perUnit : convert(perUnit, fx),
		};
	});
}

/** Per-unit entries for many cases (benchmarks, and SKT/KT rows in the same shape). */
export function perUnitForCases(rows: readonly BenchmarkRow[], fx: FxTable, options: PerUnitOptions = {}): PerUnitEntry[] {
	return rows.flatMap((r) => perUnitForCase(r, fx, options));
}

function totalOf(item: Item, find: (id: string, what: string) => Count): PerUnitEntry['total'] {
	const a = item.amount;
	if (!a) return undefined;
	const annual = a.basis === 'per-year';
	if (a.basis !== 'each') return { value: a.value, currency: a.currency, derived: false, annual };
	const m = item.multiplier;
	if (!m) return undefined;
	const parties = 'affected' in m ? find(m.affected, 'multiplier').value : m.count;
	return { value: a.value * parties, currency: a.currency, derived: true, annual };
}

function nativePerUnit(item: Item, total: PerUnitEntry['total'], count: Count): NativePerUnit | Excluded {
	const a = item.amount;
	if (!a) return { excluded: { reason: 'no-amount' } };
	if (item.scope === 'other-incident' || item.scope === 'other-conduct') return { excluded: { reason: item.scope } };
	if (item.type === 'capital-requirement') return { excluded: { reason: 'not-a-payment' } };
	if (!total) return { excluded: { reason: 'uncounted-recipients' } };
	const m = item.multiplier;
	// Every unit of the denominator receives `each`: the stated amount is the per-unit value, exactly.
	if (m && 'affected' in m && m.affected === count.id) {
		return { value: a.value, currency: a.currency, unit: count.unit, annual: total.annual, low: undefined };
	}
	return {
		value: total.value / count.value,
		currency: a.currency,
		unit: count.unit,
		annual: total.annual,
		low: count.upper === undefined ? undefined : total.value / count.upper,
	};
}

function convert(p: NativePerUnit, fx: FxTable): ConvertedPerUnit | Excluded {
	const rates: RateUsed[] = [];
	let toKrw = (v: number) => v;
	if (p.currency !== BASE_CURRENCY) {
		const rate = fx.get(p.currency);
		if (!rate) return { excluded: { reason: 'no-sourced-rate', currency: p.currency } };
		rates.push(rate);
		toKrw = (v) => v * rate.krwPerUnit;
	}
	let toUsd = (v: number) => v;
	if (p.currency !== 'USD') {
		const usdRate = fx.get('USD');
		if (!usdRate) return { excluded: { reason: 'no-sourced-rate', currency: 'USD' } };
		rates.push(usdRate);
		toUsd = (v) => toKrw(v) / usdRate.krwPerUnit;
	}
	return {
		krw: toKrw(p.value),
		usd: toUsd(p.value),
		low: p.low === undefined ? undefined : { krw: toKrw(p.low), usd: toUsd(p.low) },
		unit: p.unit,
		annual: p.annual,
		rates,
	};
}
