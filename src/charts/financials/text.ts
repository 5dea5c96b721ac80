// The financial chart's title, takeaway, description, notes and sources.
import type { Incident } from '../../schemas/incident.ts';
import { formatExact, formatKrw } from '../../lib/format/formatNumber.ts';
import type { ChartContext, ChartSpec } from '../shared/types.ts';
import { markText, profitDrops, type FinancialRow, type QuarterMark } from './rows.ts';
import { quarterIndex, quarterLabel } from '../shared/quarter.ts';
import { joinList } from '../shared/sentence.ts';

type Locale = ChartContext['locale'];
type Text = Pick<ChartSpec<FinancialRow>, 'title' | 'takeaway' | 'description' | 'notes' | 'sources'>;

export function financialText(
	incidents: readonly Incident[],
	rows: readonly FinancialRow[],
	marks: readonly QuarterMark[],
	quarters: readonly string[],
	locale: Locale,
): Text {
	const ko = locale === 'ko';
	const drops = profitDrops(incidents, rows);
	const pct = (c: number) => `${formatExact(Math.abs(c) * 100, locale, 0)}%`;
	const fell = drops.filter((d) => d.change < 0);
	const held = drops.filter((d) => d.change >= 0).map((d) => d.incident);
	const takeaway =
		drops.length === 0
			? ko
				? '두 회사의 분기 영업이익과 사고가 난 분기를 함께 보여준다.'
				: 'Each company’s quarterly operating profit, with the quarters its breach touched.'
			: ko
				? [
						fell.length ? `사고 뒤 가장 낮았던 분기 영업이익은 공개 직전 분기보다 ${fell.map((d) => `${d.incident} ${pct(d.change)}(${quarterLabel(d.after.quarter, 'ko')} ${formatKrw(d.after.value, 'ko')})`).join(', ')} 적었다` : '',
						held.length ? `${held.join('·')}의 분기 영업이익은 공개 뒤 직전 분기 아래로 내려가지 않았다` : '',
					]
						.filter(Boolean)
						.join('. ') + '.'
				: [
						fell.length ? `In the weakest quarter after disclosure, operating profit was ${joinList(fell.map((d) => `${pct(d.change)} below the quarter before at ${d.incident} (${formatKrw(d.after.value, 'en')} in ${quarterLabel(d.after.quarter, 'en')})`), 'en')}` : '',
						held.length ? `${joinList(held, 'en')} never fell below the quarter before disclosure` : '',
					]
						.filter(Boolean)
						.join('; ') + '.';
	const inRange = new Set(quarters);
	const shown = marks.filter((m) => inRange.has(m.quarter));
	const beyond = marks.filter((m) => !inRange.has(m.quarter));
	const gaps = incidents.flatMap((inc) => {
		const have = new Set(rows.filter((r) => r.incidentId === inc.id).map((r) => r.quarter));
		if (have.size === 0) return [];
		const first = Math.min(...[...have].map(quarterIndex));
		const last = Math.max(...[...have].map(quarterIndex));
		const missing = quarters.filter((q) => quarterIndex(q) > first && quarterIndex(q) < last && !have.has(q));
		return missing.length ? [`${inc.shortName[locale]} ${missing.map((q) => quarterLabel(q, locale)).join(', ')}`] : [];
	});
	const notes = [
		ko ? '연결 기준 분기 영업이익이다. 별도·부문 기준 수치는 섞지 않았다.' : 'Consolidated quarterly operating profit; standalone and segment figures are not mixed in.',
		...(shown.length
			? [(ko ? '세로 점선은 사고와 관련된 일이 있었던 분기다: ' : 'Dashed rules mark the quarters of breach events: ') + shown.map((m) => `${markText(m, locale)} → ${quarterLabel(m.quarter, locale)}`).join('; ') + '.']
			: []),
		...(beyond.length
			? [(ko ? '분기 실적이 그려진 범위 밖의 사건: ' : 'Events in quarters outside the plotted results: ') + beyond.map((m) => `${markText(m, locale)} → ${quarterLabel(m.quarter, locale)}`).join('; ') + '.']
			: []),
		...(gaps.length ? [(ko ? '수치가 없는 분기는 선을 끊었다: ' : 'Quarters without a figure break the line: ') + gaps.join('; ') + '.'] : []),
	];
	const description =
		(ko ? '선 차트. ' : 'Line chart. ') +
		incidents
			.map((inc) => rows.filter((r) => r.incidentId === inc.id))
			.filter((s) => s.length)
			.map((s) => `${s[0]!.incident}: ${s.map((r) => `${quarterLabel(r.quarter, locale)} ${formatKrw(r.value, locale)}`).join(', ')}`)
			.join('; ') +
		'.';
	return {
		title: ko ? '분기 영업이익과 사고 시점' : 'Quarterly operating profit and the breaches',
		takeaway,
		description,
		notes,
		sources: [...new Set(rows.flatMap((r) => r.sources))],
	};
}
