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
import { withParticle } from '../../i18n/particle.ts';

type Text = Pick<ChartSpec<PerPersonRow>, 'title' | 'takeaway' | 'description' | 'notes' | 'sources'>;

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

/** "All-customer remedies, per …" as a clause after a semicolon. */
const lowerFirstWord = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

const times = (x: number, locale: Locale) => formatExact(x, locale, x >= 10 ? 0 : 1);

/** The denominator with its unit: 22,227명 / 22,227 people; 17조9,400억원. */
function denominatorText(r: PerPersonRow, locale: Locale): string {
	if (r.unit === 'krw') return formatKrw(r.denominator, locale);
	const n = formatExact(Math.round(r.denominator), locale, 0);
	const word = { records: ['건', 'records'], people: ['명', 'people'], lines: ['회선', 'lines'] }[r.unit];
	return locale === 'ko' ? `${n}${word[0]}` : `${n} ${word[1]}`;
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
	const ko = locale === 'ko';
	const v = (r: PerPersonRow) => formatPerUnit(r.p50, r, locale);
	const s = spreads(rows);
	const top = s.reduce<(typeof s)[number] | undefined>((a, x) => (!a || x.ratio > a.ratio ? x : a), undefined);
	const near = s.filter((x) => x !== top && x.sourced).reduce<(typeof s)[number] | undefined>((a, x) => (!a || x.ratio < a.ratio ? x : a), undefined);
	if (top) {
		const list = (x: typeof top) => x.mine.map((r) => `${r.incident} ${v(r)}`).join(', ');
		const l1 = undated(top.hi.label);
		if (ko) {
			const first = `${withParticle(l1, '으로', '로')} 나누면 ${list(top)}으로 ${times(top.ratio, locale)}배 차이가 나지만(${top.hi.incident} 분모 ${denominatorText(top.hi, locale)})`;
			return near ? `${first}, ${withParticle(undated(near.hi.label), '으로', '로')}는 ${list(near)}으로 ${times(near.ratio, locale)}배 차이다.` : `${first.replace(/나지만\(/, '난다(')}.`;
		}
		const first = `${l1}: ${top.hi.incident}’s median (${v(top.hi)}) is ${times(top.ratio, locale)} times ${top.lo.incident}’s (${v(top.lo)}), ${top.hi.incident}’s denominator being ${denominatorText(top.hi, locale)}`;
		return near ? `${first}; ${lowerFirstWord(undated(near.hi.label))}, the gap is ${times(near.ratio, locale)}× (${list(near)}).` : `${first}.`;
	}
	const first = rows.find((r) => r.panel === 'per-unit') ?? rows[0];
	if (!first) return ko ? '나눌 분모가 없다.' : 'There is no denominator to divide by.';
	return ko
		? `${first.incident}의 ${first.label}: 중앙값 ${v(first)}(P5–P95 ${formatPerUnitRange(first, locale)}).`
		: `${first.label}: ${first.incident}’s median is ${v(first)} (P5–P95 ${formatPerUnitRange(first, locale)}).`;
}

export function perPersonText(rows: readonly PerPersonRow[], runs: readonly RunInfo[], inputs: ModelInputs, locale: Locale): Text {
	const ko = locale === 'ko';
	const kinds = unique(rows.map((r) => r.kind));
	const missing = kinds.flatMap((kind) => {
		const label = rows.find((r) => r.kind === kind)!.label;
		return runs.filter((run) => !rows.some((r) => r.kind === kind && r.incidentId === run.incidentId)).map((run) => `${run.incident} — ${label}`);
	});
	const usd = runs[0]?.result.usd;
	const denominators = kinds.map((kind) => {
		const mine = rows.filter((r) => r.kind === kind);
		return `${mine[0]!.label}: ${mine.map((r) => `${r.incident} ${denominatorText(r, locale)} (${r.asOf ?? (ko ? '모형 중앙값' : 'model central value')})`).join(', ')}`;
	});
	const notes = [
		bandNote(runs.map((r) => r.result), locale),
		ko
			? '점은 모의실험 중앙값(P50)이다. 각 금액은 그 보상을 받은 사람이나 회선으로만 나눈다: 전 고객 보상은 대상 고객·회선으로, 피해자 대상 보상은 피해자로, 면제된 위약금은 해지 고객으로. 블록을 섞은 1인당 금액은 없다. 1단위당 금액(원)과 매출·영업이익 대비 비율(%)은 단위가 달라 따로 그렸고, 1단위당 금액은 로그 눈금이다.'
			: 'Dots are simulated medians (P50). Each cost is divided only by the people or lines who received it: all-customer remedies by eligible customers or lines, remedies for the affected by people affected, waived penalties by customers who left. No per-unit figure mixes blocks. Won per unit and share of revenue or profit are different units, drawn on separate scales; the per-unit scale is logarithmic.',
		...(missing.length ? [(ko ? '분모가 없어 그리지 않은 값(0이 아님): ' : 'No such denominator, so not drawn (not zero): ') + missing.join('; ') + '.'] : []),
		(ko ? '분모: ' : 'Denominators: ') + denominators.join('; ') + '.',
		...(usd
			? [
					ko
						? `표의 달러 환산: 1달러 = ${formatExact(usd.krwPerUsd, locale)}원 (${usd.description.ko}).`
						: `Dollar figures in the table at ₩${formatExact(usd.krwPerUsd, locale)} to the dollar (${usd.description.en}).`,
				]
			: []),
		...counterfactualNote(runs, inputs, locale),
		...notModelledNote(runs, inputs, locale),
	];
	const describe = (r: PerPersonRow) =>
		`${r.incident} · ${r.label}: P50 ${formatPerUnit(r.p50, r, locale)} (P5–P95 ${formatPerUnitRange(r, locale)})` +
		(r.usdCentral !== null ? `, ${formatUsd(r.usdCentral, locale)}` : '');
	const totalSources = runs.flatMap((run) => run.result.components.filter((c) => c.enabled).flatMap((c) => componentSources(inputs, run.result, c.id)));
	return {
		title: ko ? '받은 사람 1인당·1회선당 보상 비용과 매출 대비 비용' : 'Remedy cost per recipient and line, and costs against revenue',
		takeaway: takeawayOf(rows, locale),
		description: (ko ? '점과 범위 차트 두 칸. ' : 'Dot-and-range chart in two panels. ') + rows.map(describe).join('; ') + '.',
		notes,
		sources: unique([...rows.flatMap((r) => r.sources), ...totalSources]),
	};
}
