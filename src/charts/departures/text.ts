// The departures chart's title, takeaway, description, notes and sources.
import type { Incident } from '../../schemas/incident.ts';
import { formatExact, formatValue } from '../../lib/format/formatNumber.ts';
import { formatDate } from '../../lib/format/formatDate.ts';
import type { ChartContext, ChartSpec } from '../shared/types.ts';
import type { DepartureRow } from './rows.ts';
import { joinList } from '../shared/sentence.ts';

type Text = Pick<ChartSpec<DepartureRow>, 'title' | 'takeaway' | 'description' | 'notes' | 'sources'>;

export function departuresText(incidents: readonly Incident[], rows: readonly DepartureRow[], locale: ChartContext['locale']): Text {
	const ko = locale === 'ko';
	const series = incidents.map((inc) => rows.filter((r) => r.incidentId === inc.id)).filter((s) => s.length > 0);
	const first = series.map((s) => s[0]!);
	const total = (r: DepartureRow) => formatValue(r.windowTotal, r.unit, locale);
	const sameBasis = new Set(first.map((r) => `${r.basis}`)).size <= 1;
	const perDay = (r: DepartureRow) => formatValue(Math.round(r.windowTotal / r.windowDays), r.unit, locale);
	const lost = first.map((r) =>
		ko ? `${r.incident} ${total(r)}(${r.windowDays}일, ${r.basisShort})` : `${r.incident} ${total(r)} in ${r.windowDays} days (${r.basisShort})`,
	);
	const takeaway =
		first.length === 0
			? ko
				? '위약금 면제 기간의 이탈 자료가 없다.'
				: 'There are no departure counts for a fee-waiver window.'
			: ko
				? `위약금 면제 기간에 ${lost.join(', ')}이 떠났다${first.length > 1 ? (sameBasis ? `. 하루 평균으로는 ${first.map((r) => `${r.incident} ${perDay(r)}`).join(', ')}이다.` : '. 집계 기준이 달라 그대로 비교할 수 없다.') : '.'}`
				: `During their fee waivers, ${joinList(lost, locale)} left${first.length > 1 ? (sameBasis ? `: ${joinList(first.map((r) => `${perDay(r)} a day at ${r.incident}`), locale)}.` : '; the bases differ, so the totals are not directly comparable.') : '.'}`;
	const gaps = series.flatMap((s) => {
		const missing = s.filter((r) => r.value === null).map((r) => r.day);
		if (!missing.length) return [];
		const r = s[0]!;
		return [
			ko
				? `${r.incident}: ${r.windowDays}일 중 ${missing.length}일(${missing.map((d) => `${d}일째`).join(', ')})은 일별 수치가 공개되지 않았다`
				: `${r.incident}: no count was published for ${missing.length} of ${r.windowDays} days (day ${missing.join(', ')})`,
		];
	});
	const notes = [
		...first.map((r) =>
			ko
				? `${r.incident}: ${formatDate(rows.find((x) => x.incidentId === r.incidentId && x.day === 1)!.date, 'ko')}부터 ${r.windowDays}일, 출처가 밝힌 합계 ${formatExact(r.windowTotal, 'ko')} (${r.basis}).`
				: `${r.incident}: ${r.windowDays} days from ${formatDate(rows.find((x) => x.incidentId === r.incidentId && x.day === 1)!.date, 'en')}; total given by the sources ${formatExact(r.windowTotal, 'en')} (${r.basis}).`,
		),
		ko
			? '기준(총이탈·순감, 알뜰폰 포함 여부, 사람·회선)이 다른 수치는 더하지도, 같은 것으로 놓고 비교하지도 않는다.'
			: 'Counts on different bases (gross or net, MVNO moves in or out, people or lines) are never added or treated as the same thing.',
		...(gaps.length
			? [ko ? `${gaps.join('; ')}. 빈 날은 0이 아니므로 선을 끊었다.` : `${gaps.join('; ')}. A missing day is not zero, so the line breaks there.`]
			: []),
		...first.map((r) => {
			const published = rows.filter((x) => x.incidentId === r.incidentId && x.value !== null);
			const sum = published.reduce((acc, x) => acc + x.value!, 0);
			if (published.length === r.windowDays) return ko ? `${r.incident}: 모든 날의 수치가 공개됐다.` : `${r.incident}: every day has a published count.`;
			return r.complete
				? ko
					? `${r.incident}: 공개된 일별 수치의 합이 기간 합계와 같다. 빈 날의 이탈은 다음 날 수치에 들어 있으므로 누적은 공개된 날마다 알 수 있다.`
					: `${r.incident}: the published daily counts add up to the window total, so a missing day was counted on a later day and the running total is known on every published day.`
				: ko
					? `${r.incident}: 공개된 일별 수치의 합(${formatExact(sum, 'ko')})이 기간 합계(${formatExact(r.windowTotal, 'ko')})보다 작아, 첫 빈 날 뒤의 누적은 알 수 없다.`
					: `${r.incident}: the published daily counts add up to ${formatExact(sum, 'en')}, short of the window total of ${formatExact(r.windowTotal, 'en')}, so the running total is unknown after the first missing day.`;
		}),
		...(rows.some((r) => r.note)
			? [ko ? '메모가 붙은 날(예: 주말 처리분 합산)은 점에 마우스를 올리거나 데이터 표에서 볼 수 있다.' : 'Some days carry a note (such as a weekend backlog counted the next day); see the tips or the data table.']
			: []),
		ko ? '점선은 기간 평균(출처가 밝힌 합계 ÷ 기간 일수)이다.' : 'The dashed lines are window averages: the total the sources give, divided by the days in the window.',
	];
	const description =
		(ko ? '선 차트. ' : 'Line chart. ') +
		series
			.map((s) => {
				const r = s[0]!;
				const days = s.map((x) => `${ko ? `${x.day}일째` : `day ${x.day}`} ${x.value === null ? (ko ? '미공개' : 'not published') : formatExact(x.value, locale)}`);
				return `${r.incident} (${r.basis}, ${ko ? '합계' : 'total'} ${formatExact(r.windowTotal, locale)}): ${days.join(', ')}`;
			})
			.join('; ') +
		'.';
	return {
		title: ko ? '위약금 면제 기간의 하루하루 이탈' : 'Departures, day by day, while fees were waived',
		takeaway,
		description,
		notes,
		sources: [...new Set(rows.flatMap((r) => r.sources))],
	};
}
