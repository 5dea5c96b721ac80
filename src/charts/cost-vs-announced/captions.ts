// Ships to the browser: the cost chart's wording — takeaway, description and notes, all from the rows.
import { componentSpec, type ModelInputs } from '../../lib/model/index.ts';
import { formatExact } from '../../lib/format/formatNumber.ts';
import type { Locale } from '../../lib/format/locale.ts';
import type { ChartSpec } from '../shared/types.ts';
import type { CostRow } from './rows.ts';
import { type RunInfo } from '../shared/modelRuns.ts';
import { bandNote, counterfactualNote, notModelledNote } from '../shared/modelNotes.ts';
import { formatKrwRange, formatModelKrw } from '../shared/estimateFormat.ts';
import { unique } from '../shared/unique.ts';
import { inSentence, joinList, upperFirst } from '../shared/sentence.ts';
import { costVsAnnouncedText } from './messages.ts';

type Captions = Pick<ChartSpec<CostRow>, 'title' | 'takeaway' | 'description' | 'notes' | 'sources'>;

const CUSTOMER: readonly string[] = ['remedies'];

/** "KT 무상 유심 교체" / "KT’s free USIM replacement"; bundles already name the company. */
function costSubject(r: CostRow, locale: Locale): string {
	if (r.kind !== 'component') return r.label;
	return costVsAnnouncedText(locale, 'chart.cost-vs-announced.subject', { incident: r.incident, item: inSentence(r.label, locale) });
}

function takeawayOf(rows: readonly CostRow[], locale: Locale): string {
	const krw = (v: number) => formatModelKrw(v, locale);
	const withStated = rows.filter((r) => r.stated !== null);
	// The widest gap between a company's word and the model, customer remedies first: fines and
	// security budgets differ from statements by definition.
	const pool = withStated.some((r) => CUSTOMER.includes(r.group)) ? withStated.filter((r) => CUSTOMER.includes(r.group)) : withStated;
	const top = pool.reduce<CostRow | undefined>((a, r) => (!a || Math.abs(r.gap!) > Math.abs(a.gap!) ? r : a), undefined);
	if (top) {
		const figures = {
			subject: costSubject(top, locale),
			stated: krw(top.stated!),
			p50: krw(top.p50),
			range: formatKrwRange(top.p5, top.p95, locale),
			pct: `${formatExact(top.ratio! * 100, locale, 0)}%`,
		};
		// Retail value is worth a clause only when it is clearly above the cost.
		const sentence =
			top.retail !== null && top.retail > top.p50 * 1.05
				? costVsAnnouncedText(locale, 'chart.cost-vs-announced.takeaway.gapWithRetail', { ...figures, retail: krw(top.retail) })
				: costVsAnnouncedText(locale, 'chart.cost-vs-announced.takeaway.gap', figures);
		return upperFirst(sentence);
	}
	const big = rows.reduce<CostRow | undefined>((a, r) => (!a || r.p50 > a.p50 ? r : a), undefined);
	if (!big) return costVsAnnouncedText(locale, 'chart.cost-vs-announced.takeaway.none');
	return costVsAnnouncedText(locale, 'chart.cost-vs-announced.takeaway.largest', {
		subject: costSubject(big, locale),
		p50: krw(big.p50),
		range: formatKrwRange(big.p5, big.p95, locale),
	});
}

export function costVsAnnouncedCaptions(rows: readonly CostRow[], runs: readonly RunInfo[], inputs: ModelInputs, locale: Locale): Captions {
	const text = costVsAnnouncedText;
	const krw = (v: number) => formatModelKrw(v, locale);
	const compared = (r: CostRow, k: 'stated' | 'press' | 'retail') => {
		const value = r[k];
		return value === null ? '' : text(locale, `chart.cost-vs-announced.describe.${k}`, { value: krw(value) });
	};
	const describe = (r: CostRow) =>
		`${r.incident} · ${r.label}: P50 ${krw(r.p50)} (P5–P95 ${formatKrwRange(r.p5, r.p95, locale)})${compared(r, 'stated')}${compared(r, 'press')}${compared(r, 'retail')}`;
	const face = rows.filter((r) => r.faceValue);
	const absent = runs.flatMap((run) => {
		const off = run.result.components.filter((c) => !c.enabled).map((c) => inSentence(componentSpec(c.id).label[locale], locale));
		return off.length ? [`${run.incident} — ${joinList(off, locale)}`] : [];
	});
	const notes = [
		bandNote(runs.map((r) => r.result), locale),
		text(locale, 'chart.cost-vs-announced.notes.marks'),
		text(locale, 'chart.cost-vs-announced.notes.blocks'),
		...(face.length ? [text(locale, 'chart.cost-vs-announced.notes.faceValue', { items: face.map((r) => `${r.incident} ${krw(r.faceValue!)}`).join(', ') })] : []),
		...(absent.length ? [text(locale, 'chart.cost-vs-announced.notes.absent', { items: absent.join('; ') })] : []),
		...counterfactualNote(runs, inputs, locale).map((note) => text(locale, 'chart.cost-vs-announced.notes.notComparable', { note })),
		...notModelledNote(runs, inputs, locale),
	];
	return {
		title: text(locale, 'chart.cost-vs-announced.title'),
		takeaway: takeawayOf(rows, locale),
		description: text(locale, 'chart.cost-vs-announced.description', { rows: rows.map(describe).join('; ') }),
		notes,
		sources: unique(rows.flatMap((r) => r.sources)),
	};
}
