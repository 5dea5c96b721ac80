// Ships to the browser: the benchmarks chart's notes, computed from the rows a reader sees.
import { formatExact } from '../../lib/format/formatNumber.ts';
import type { Locale } from '../../lib/format/locale.ts';
import { unique } from '../shared/unique.ts';
import { countForm } from './countForm.ts';
import { exclusionText, UNIT_WORD } from './labels.ts';
import { benchmarksText } from './messages.ts';
import { shortOf, type BenchmarkChartRow } from './rows.ts';

/** Notes for the rows shown: what is never added, what is not drawn and why, denominators, rates. */
export function benchmarkNotes(rows: readonly BenchmarkChartRow[], locale: Locale): string[] {
	const notes: string[] = [benchmarksText(locale, 'chart.benchmarks.notes.neverAdded')];
	const primary = rows.filter((r) => r.primary);
	// Excluded items, by reason (and currency), naming the cases.
	const groups = new Map<string, BenchmarkChartRow[]>();
	for (const r of primary) {
		if (!r.excluded) continue;
		const k = `${r.excluded.reason}|${r.excluded.currency ?? ''}`;
		groups.set(k, [...(groups.get(k) ?? []), r]);
	}
	for (const list of groups.values()) {
		const e = list[0]!.excluded!;
		const n = list.length;
		const why = { n, reason: exclusionText(e, locale), cases: unique(list.map((r) => shortOf(r))).join(', ') };
		notes.push(
			e.reason === 'no-sourced-rate' && e.currency
				? benchmarksText(locale, `chart.benchmarks.notes.notConverted.${countForm(n)}`, { ...why, currency: e.currency })
				: benchmarksText(locale, `chart.benchmarks.notes.notDrawn.${countForm(n)}`, why),
		);
	}
	const context = primary.filter((r) => r.group === 'context' && r.krw !== null);
	if (context.length > 0) notes.push(benchmarksText(locale, `chart.benchmarks.notes.context.${countForm(context.length)}`, { n: context.length }));
	const annual = unique(primary.filter((r) => r.annual && r.krw !== null).map(shortOf));
	if (annual.length > 0) notes.push(benchmarksText(locale, 'chart.benchmarks.notes.annual', { cases: annual.join(', ') }));
	const overstated = unique(primary.filter((r) => r.overstated).map(shortOf));
	if (overstated.length > 0) notes.push(benchmarksText(locale, 'chart.benchmarks.notes.overstated', { cases: overstated.join(', ') }));
	const units = unique(primary.filter((r) => r.krw !== null).map((r) => r.denominator.unit));
	if (units.length > 1) {
		const words = units.map((u) => UNIT_WORD[u][locale]).join(benchmarksText(locale, 'chart.benchmarks.notes.unitsJoin'));
		notes.push(benchmarksText(locale, 'chart.benchmarks.notes.units', { units: words }));
	}
	const alt = rows.filter((r) => !r.primary && r.krw !== null);
	if (alt.length > 0) {
		const names = unique(alt.map(shortOf)).join(benchmarksText(locale, 'chart.benchmarks.namesJoin'));
		notes.push(benchmarksText(locale, 'chart.benchmarks.notes.alternatives', { names }));
	}
	const rates = unique(rows.flatMap((r) => r.rates.map((x) => `${x.id}|${x.currency}|${x.krwPerUnit}|${x.period}`))).map((s) => s.split('|'));
	for (const [, currency, krw, period] of rates) {
		notes.push(benchmarksText(locale, 'chart.benchmarks.notes.rate', { period: period!, currency: currency!, rate: formatExact(Number(krw), locale) }));
	}
	return notes;
}
