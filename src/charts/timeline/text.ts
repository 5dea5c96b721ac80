// The timeline's title, takeaway, description, notes and sources, from its rows.
import type { Incident } from '../../schemas/incident.ts';
import { formatDate } from '../../lib/format/formatDate.ts';
import type { ChartContext, ChartSpec } from '../shared/types.ts';
import { DAY_MAX, DAY_MIN, type TimelineRow } from './rows.ts';
import { joinList } from '../shared/sentence.ts';

type Text = Pick<ChartSpec<TimelineRow>, 'title' | 'takeaway' | 'description' | 'notes' | 'sources'>;

export function timelineText(
	incidents: readonly Incident[],
	rows: readonly TimelineRow[],
	locale: ChartContext['locale'],
): Text {
	const ko = locale === 'ko';
	const span = (r: TimelineRow) => (r.endDay === null ? `${r.day}` : `${r.day}~${r.endDay}`);
	const waivers = incidents.flatMap((inc) => {
		const w = rows.find((r) => r.incidentId === inc.id && r.kind === 'waiver-window' && r.endDay !== null);
		return w ? [w] : [];
	});
	const takeaway =
		waivers.length === 0
			? ko
				? '사고마다 주요 일정을 공개일(0일)에 맞춰 나란히 놓았다.'
				: 'Each breach’s key dates, lined up on the day it was disclosed.'
			: ko
				? `위약금 면제 적용 기간(해지일 기준)은 ${waivers.map((w) => `${w.incident} ${dayRange(w.day, w.endDay!, locale)}`).join(', ')}다.`
				: `Fee waivers covered customers who left ${joinList(waivers.map((w) => `${dayRange(w.day, w.endDay!, locale)} at ${w.incident}`), locale)}.`;
	const outside = rows.filter((r) => r.shown === 'outside');
	const clipped = rows.filter((r) => r.shown === 'clipped');
	const where = (r: TimelineRow) =>
		`${r.incident} ${r.label} (${formatDate(r.date, locale)}${r.endDate ? `~${formatDate(r.endDate, locale)}` : ''}, ${span(r)}${ko ? '일' : ''})`;
	const notes = [
		ko
			? `0일은 각 사고가 공개된 날이다: ${incidents.map((i) => `${i.shortName.ko} ${formatDate(i.disclosureDate, 'ko')}`).join(', ')}.`
			: `Day 0 is the day each breach was disclosed: ${incidents.map((i) => `${i.shortName.en} ${formatDate(i.disclosureDate, 'en')}`).join(', ')}.`,
		ko
			? '모양은 사건 종류, 막대는 기간(위약금 면제·환급 신청·영업 중단 등)이다. 색은 사고를 구분할 뿐이다. 주요 사건에만 이름을 붙였고 나머지는 마우스를 올리거나 데이터 표에서 볼 수 있다.'
			: 'Shapes show the kind of event and bars show periods (fee waivers, refund claims, sales halts and so on); colour only tells incidents apart. Only key events are named; hover or see the data table for the rest.',
		...(outside.length
			? [
					ko
						? `공개 ${-DAY_MIN}일 전부터 ${DAY_MAX}일 뒤까지만 그렸다. 범위 밖이라 빠진 사건: ${outside.map(where).join('; ')}.`
						: `The axis stops at ${-DAY_MIN} days before and ${DAY_MAX} days after disclosure; not drawn: ${outside.map(where).join('; ')}.`,
				]
			: []),
		...(clipped.length
			? [
					ko
						? `축 끝에서 잘린 기간(화살표): ${clipped.map(where).join('; ')}.`
						: `Periods cut at the edge of the axis (arrows): ${clipped.map(where).join('; ')}.`,
				]
			: []),
	];
	const description =
		(ko ? '사고별 일지 차트. ' : 'Timeline chart. ') +
		incidents
			.map((inc) => {
				const mine = rows.filter((r) => r.incidentId === inc.id);
				const items = mine.map((r) => `${r.label} ${span(r)}${ko ? '일' : ''}${r.shown === 'outside' ? (ko ? '(범위 밖)' : ' (not drawn)') : ''}`);
				return `${inc.shortName[locale]} (${ko ? '0일' : 'day 0'} = ${formatDate(inc.disclosureDate, locale)}): ${items.join(', ')}`;
			})
			.join('; ') +
		'.';
	return {
		title: ko ? '공개일 기준 사고 일지' : 'Timelines from the day of disclosure',
		takeaway,
		description,
		notes,
		sources: [...new Set(rows.flatMap((r) => r.sources))],
	};
}

/**
 * A span of days around disclosure in words. A waiver can reach back before disclosure (cancellations
 * covered retroactively), so both ends are named: "공개 3일 전~83일 뒤" / "from 3 days before to 83 days after disclosure".
 */
export function dayRange(from: number, to: number, locale: ChartContext['locale']): string {
	if (locale === 'ko') {
		const side = (d: number) => (d < 0 ? `${-d}일 전` : d === 0 ? '당일' : `${d}일 뒤`);
		return `공개 ${side(from)}~${side(to)}`;
	}
	if (from >= 0) return from === to ? `${from} days after disclosure` : `from ${from} to ${to} days after disclosure`;
	if (to < 0) return `from ${-from} to ${-to} days before disclosure`;
	return `from ${-from} days before to ${to === 0 ? 'the day of' : `${to} days after`} disclosure`;
}
