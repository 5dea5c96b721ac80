// Ships to the browser: the uncertainty chart's wording — takeaway, description, notes and the tornado's note.
import { formatExact } from '../../lib/format/formatNumber.ts';
import { formatModelValue } from '../../lib/format/formatModelValue.ts';
import type { Locale } from '../../lib/format/locale.ts';
import type { ModelInputs } from '../../lib/model/index.ts';
import type { ChartSpec } from '../shared/types.ts';
import type { UncertaintyRow } from './rows.ts';
import { type RunInfo } from '../shared/modelRuns.ts';
import { bandNote, centralNote, centralOutside, counterfactualNote, notModelledNote } from '../shared/modelNotes.ts';
import { formatKrwRange, formatModelKrw } from '../shared/estimateFormat.ts';
import { unique } from '../shared/unique.ts';
import { joinList, lowerFirst } from '../shared/sentence.ts';

type Text = Pick<ChartSpec<UncertaintyRow>, 'title' | 'takeaway' | 'description' | 'notes' | 'sources'>;

/** An input's value with its unit (12개월 · 12 months); the raw number when the unit is unknown. */
export function paramValue(v: number | null, r: UncertaintyRow, locale: Locale): string {
	if (v === null) return '';
	return r.paramUnit ? formatModelValue(v, r.paramUnit, locale) : formatExact(v, locale);
}

/** `word` + 으로/로 (로 after a vowel or ㄹ; both forms after a non-Hangul ending, as newsrooms write it). */
function withRo(word: string): string {
	const code = word.charCodeAt(word.length - 1) - 0xac00;
	if (code < 0 || code > 11171) return `${word}(으)로`;
	const final = code % 28;
	return word + (final === 0 || final === 8 ? '로' : '으로');
}

function takeawayOf(rows: readonly UncertaintyRow[], locale: Locale): string {
	const ko = locale === 'ko';
	const totals = rows.filter((r) => r.view === 'spread' && r.id === 'total');
	const spans = totals.map((r) => `${r.incident} ${formatKrwRange(r.p5!, r.p95!, locale)}`);
	const top = rows.filter((r) => r.view === 'tornado').reduce<UncertaintyRow | undefined>((a, r) => (!a || r.swing! > a.swing! ? r : a), undefined);
	const from = top && paramValue(top.paramLow, top, locale);
	const to = top && paramValue(top.paramHigh, top, locale);
	if (ko) {
		const first = `모형 총비용의 P5–P95는 ${spans.join(', ')}`;
		return top
			? `${first}이며, 총액을 가장 크게 흔드는 입력값은 ${top.incident}의 '${top.label}'${withRo(top.label).slice(top.label.length)}, ${from}에서 ${withRo(to!)} 바꾸면 총액이 ${formatModelKrw(top.atLow!, locale)}에서 ${formatModelKrw(top.atHigh!, locale)}이 된다.`
			: `${first}이다.`;
	}
	const first = `The modelled total’s P5–P95 is ${joinList(spans, locale)}`;
	return top
		? `${first}; the input that moves a total most is ${top.incident}’s ${lowerFirst(top.label)}: from ${from} to ${to} it takes the total from ${formatModelKrw(top.atLow!, locale)} to ${formatModelKrw(top.atHigh!, locale)}.`
		: `${first}.`;
}

export function uncertaintyText(rows: readonly UncertaintyRow[], runs: readonly RunInfo[], inputs: ModelInputs, locale: Locale): Text {
	const ko = locale === 'ko';
	const krw = (v: number) => formatModelKrw(v, locale);
	const spread = rows.filter((r) => r.view === 'spread');
	const tornado = rows.filter((r) => r.view === 'tornado');
	const totals = spread.filter((r) => r.id === 'total');
	const fixed = spread.filter((r) => r.p95! - r.p5! <= 1e-9 * Math.max(1, Math.abs(r.central)) && r.central !== 0);
	const notes = [
		bandNote(runs.map((r) => r.result), locale),
		ko ? '띠: P5–P95. 세로 막대: P50(추출값의 중앙값). ○: 모든 입력값을 중앙값에 둔 값.' : 'Band: P5–P95. Bar: P50, the median of the draws. ○: every input at its central value.',
		centralNote(centralOutside(spread.map((r) => ({ ...r, p5: r.p5!, p95: r.p95! }))), '○', locale) +
			(totals.length
				? (ko ? ' 합계: ' : ' Totals: ') + totals.map((r) => (ko ? `${r.incident} 중앙값 입력 ${krw(r.central)}, P50 ${krw(r.p50!)}` : `${r.incident} ${krw(r.central)} all-central, ${krw(r.p50!)} P50`)).join('; ') + '.'
				: ''),
		...(fixed.length
			? [(ko ? '띠 없이 점만 있는 항목은 모형이 확정값으로 두는 것이다: ' : 'A mark with no band is an item the model takes as known: ') + joinList(fixed.map((r) => `${r.incident} ${ko ? r.label : lowerFirst(r.label)}`), locale) + '.']
			: []),
		...counterfactualNote(runs, inputs, locale),
		...notModelledNote(runs, inputs, locale),
	];
	const describeSpread = (r: UncertaintyRow) => `${r.incident} · ${r.label}: P5–P95 ${formatKrwRange(r.p5!, r.p95!, locale)}, P50 ${krw(r.p50!)}, ${ko ? '중앙값 입력' : 'all-central'} ${krw(r.central)}`;
	const describeBar = (r: UncertaintyRow) =>
		`${r.incident} · ${r.label} ${paramValue(r.paramLow, r, locale)}–${paramValue(r.paramHigh, r, locale)}: ${ko ? '총액' : 'total'} ${krw(r.atLow!)}–${krw(r.atHigh!)}`;
	return {
		title: ko ? '모형의 불확실성: 범위와 민감도' : 'How uncertain the model is: ranges and sensitivity',
		takeaway: takeawayOf(rows, locale),
		description:
			(ko ? '범위 차트. ' : 'Range chart. ') +
			spread.map(describeSpread).join('; ') +
			(tornado.length ? (ko ? '. 민감도(토네이도): ' : '. Sensitivity (tornado): ') + tornado.map(describeBar).join('; ') : '') +
			'.',
		notes,
		sources: unique(rows.flatMap((r) => r.sources)),
	};
}

/** The tornado view's note, with how many inputs it shows of how many move the total. */
export function tornadoNote(runs: readonly RunInfo[], shown: number, locale: Locale): string {
	const counts = runs.map((r) => `${r.incident} ${formatExact(Math.min(shown, r.result.tornado.length), locale)}/${formatExact(r.result.tornado.length, locale)}`).join(', ');
	return locale === 'ko'
		? `막대마다 입력값 하나만 낮은 끝(옅은 색)과 높은 끝(짙은 색)으로 옮기고 나머지는 중앙값에 둔 총액이다. 막대 끝의 숫자는 그 입력값이며, 세로선은 모든 입력값이 중앙값일 때의 총액이다. 총액을 움직이는 입력값 중 변동 폭이 큰 순서로 보여 준다(${counts}).`
		: `Each bar moves one input to its low end (lighter) and its high end (darker), every other input central; the numbers at the ends are that input’s values, and the vertical line is the all-central total. Inputs that move the total, widest swing first (${counts}).`;
}
