// The departures chart's words in Korean and English.
import { messageLookup, type MessagesOf } from '../../i18n/messageLookup.ts';

/**
 * The Korean table is the source of the keys; `{name}` is a value the chart fills in. Items of a
 * list (`*.item`) are joined by joinPhrases before they go into the sentence that holds them.
 */
export const departuresKo = {
	'chart.departures.title': '위약금 면제 기간의 하루하루 이탈',
	'chart.departures.empty': '위약금 면제 기간의 이탈 자료가 없다.',

	// Takeaway: how many left in each window, then either the daily rates or why they are not compared.
	'chart.departures.takeaway.none': '위약금 면제 기간의 이탈 자료가 없다.',
	'chart.departures.takeaway.lost.item': '{incident} {total}({days}일, {basis})',
	'chart.departures.takeaway.perDay.item': '{incident} {perDay}',
	'chart.departures.takeaway.left': '위약금 면제 기간에 {lost}이 떠났다.',
	'chart.departures.takeaway.leftPerDay': '위약금 면제 기간에 {lost}이 떠났다. 하루 평균으로는 {perDay}이다.',
	'chart.departures.takeaway.leftBasesDiffer': '위약금 면제 기간에 {lost}이 떠났다. 집계 기준이 달라 그대로 비교할 수 없다.',

	'chart.departures.notes.window': '{incident}: {start}부터 {days}일, 출처가 밝힌 합계 {total} ({basis}).',
	'chart.departures.notes.bases': '기준(총이탈·순감, 알뜰폰 포함 여부, 사람·회선)이 다른 수치는 더하지도, 같은 것으로 놓고 비교하지도 않는다.',
	'chart.departures.notes.gap.day': '{day}일째',
	'chart.departures.notes.gap.item': '{incident}: {days}일 중 {count}일({missing})은 일별 수치가 공개되지 않았다',
	'chart.departures.notes.gaps': '{gaps}. 빈 날은 0이 아니므로 선을 끊었다.',
	'chart.departures.notes.everyDay': '{incident}: 모든 날의 수치가 공개됐다.',
	'chart.departures.notes.complete':
		'{incident}: 공개된 일별 수치의 합이 기간 합계와 같다. 빈 날의 이탈은 다음 날 수치에 들어 있으므로 누적은 공개된 날마다 알 수 있다.',
	'chart.departures.notes.incomplete': '{incident}: 공개된 일별 수치의 합({sum})이 기간 합계({total})보다 작아, 첫 빈 날 뒤의 누적은 알 수 없다.',
	'chart.departures.notes.dayNotes': '메모가 붙은 날(예: 주말 처리분 합산)은 점에 마우스를 올리거나 데이터 표에서 볼 수 있다.',
	'chart.departures.notes.dashed': '점선은 기간 평균(출처가 밝힌 합계 ÷ 기간 일수)이다.',

	'chart.departures.description': '선 차트. {series}.',
	'chart.departures.description.series': '{incident} ({basis}, 합계 {total}): {days}',
	'chart.departures.description.day': '{day}일째 {value}',

	// A day without a published count, and a running total that cannot be known.
	'chart.departures.notPublished': '미공개',
	'chart.departures.unknown': '알 수 없음',

	// How a count was taken (rows.ts basisText).
	'chart.departures.basis.measure.gross': '총이탈',
	'chart.departures.basis.measure.net': '순감',
	'chart.departures.basis.mvno.included': '알뜰폰 포함',
	'chart.departures.basis.mvno.excluded': '알뜰폰 제외',
	'chart.departures.basis.mvno.unknown': '알뜰폰 포함 여부 모름',
	'chart.departures.basis.short': '{measure}·{mvno}',
	'chart.departures.basis.withUnit': '{measure}·{mvno}·단위 {unit}',

	'chart.departures.view.cumulative': '누적',
	'chart.departures.view.cumulative.note': '누적은 알 수 있는 날에만 점을 찍었다(사고별 설명 참조). 점선은 출처가 밝힌 기간 합계다.',
	'chart.departures.legend.noData': '면제 기간 이탈 자료 없음',

	// The drawing (plot.ts), per view: the daily counts or the running total.
	'chart.departures.aria.daily': '위약금 면제 기간 일별 이탈 선 차트',
	'chart.departures.aria.cumulative': '위약금 면제 기간 누적 이탈 선 차트',
	'chart.departures.axis.x': '면제 기간 며칠째 (1 = 첫날)',
	'chart.departures.axis.y.daily': '하루 이탈 (기준은 색 구분 참조)',
	'chart.departures.axis.y.cumulative': '누적 이탈',
	'chart.departures.reference.daily': '{incident} 기간 평균\n{amount}/일',
	'chart.departures.reference.cumulative': '{incident} 기간 합계\n{amount}',
	'chart.departures.tip': '{incident} · {date} ({day}일째): {amount}',
	'chart.departures.tip.withNote': '{incident} · {date} ({day}일째): {amount} — {note}',
	// Data-table column headings (index.ts)
	'chart.departures.column.date': '날짜',
	'chart.departures.column.day': '며칠째',
	'chart.departures.column.value': '이탈',
	'chart.departures.column.cumulative': '누적',
	'chart.departures.column.unit': '단위',
	'chart.departures.column.basis': '기준',
	'chart.departures.column.windowTotal': '기간 합계',
	'chart.departures.column.note': '메모',
} as const;

export const departuresEn: MessagesOf<typeof departuresKo> = {
	'chart.departures.title': 'Departures, day by day, while fees were waived',
	'chart.departures.empty': 'No departures data for a fee-waiver window.',

	'chart.departures.takeaway.none': 'There are no departure counts for a fee-waiver window.',
	'chart.departures.takeaway.lost.item': '{incident} {total} in {days} days ({basis})',
	'chart.departures.takeaway.perDay.item': '{perDay} a day at {incident}',
	'chart.departures.takeaway.left': 'During their fee waivers, {lost} left.',
	'chart.departures.takeaway.leftPerDay': 'During their fee waivers, {lost} left: {perDay}.',
	'chart.departures.takeaway.leftBasesDiffer': 'During their fee waivers, {lost} left; the bases differ, so the totals are not directly comparable.',

	'chart.departures.notes.window': '{incident}: {days} days from {start}; total given by the sources {total} ({basis}).',
	'chart.departures.notes.bases': 'Counts on different bases (gross or net, MVNO moves in or out, people or lines) are never added or treated as the same thing.',
	// English names "day" once, before the list: "(day 2, 5, 6)".
	'chart.departures.notes.gap.day': '{day}',
	'chart.departures.notes.gap.item': '{incident}: no count was published for {count} of {days} days (day {missing})',
	'chart.departures.notes.gaps': '{gaps}. A missing day is not zero, so the line breaks there.',
	'chart.departures.notes.everyDay': '{incident}: every day has a published count.',
	'chart.departures.notes.complete':
		'{incident}: the published daily counts add up to the window total, so a missing day was counted on a later day and the running total is known on every published day.',
	'chart.departures.notes.incomplete':
		'{incident}: the published daily counts add up to {sum}, short of the window total of {total}, so the running total is unknown after the first missing day.',
	'chart.departures.notes.dayNotes': 'Some days carry a note (such as a weekend backlog counted the next day); see the tips or the data table.',
	'chart.departures.notes.dashed': 'The dashed lines are window averages: the total the sources give, divided by the days in the window.',

	'chart.departures.description': 'Line chart. {series}.',
	'chart.departures.description.series': '{incident} ({basis}, total {total}): {days}',
	'chart.departures.description.day': 'day {day} {value}',

	'chart.departures.notPublished': 'not published',
	'chart.departures.unknown': 'unknown',

	'chart.departures.basis.measure.gross': 'gross',
	'chart.departures.basis.measure.net': 'net',
	'chart.departures.basis.mvno.included': 'MVNO moves included',
	'chart.departures.basis.mvno.excluded': 'MVNO moves excluded',
	'chart.departures.basis.mvno.unknown': 'MVNO moves not stated',
	'chart.departures.basis.short': '{measure}, {mvno}',
	'chart.departures.basis.withUnit': '{measure}, {mvno}, counted in {unit}',

	'chart.departures.view.cumulative': 'Cumulative',
	'chart.departures.view.cumulative.note':
		'Running totals are drawn only on days where they are known (see the notes per incident). The dashed line is the window total the sources give.',
	'chart.departures.legend.noData': 'no waiver-window departures in the data',

	'chart.departures.aria.daily': 'Daily departures in the fee-waiver windows, line chart',
	'chart.departures.aria.cumulative': 'Cumulative departures in the fee-waiver windows, line chart',
	'chart.departures.axis.x': 'Day of the fee-waiver window (1 = first day)',
	'chart.departures.axis.y.daily': 'Departures a day (basis in the key)',
	'chart.departures.axis.y.cumulative': 'Cumulative departures',
	'chart.departures.reference.daily': '{incident} window average\n{amount} a day',
	'chart.departures.reference.cumulative': '{incident} window total\n{amount}',
	'chart.departures.tip': '{incident} · {date} (day {day}): {amount}',
	'chart.departures.tip.withNote': '{incident} · {date} (day {day}): {amount} — {note}',
	'chart.departures.column.date': 'Date',
	'chart.departures.column.day': 'Day of window',
	'chart.departures.column.value': 'Departures',
	'chart.departures.column.cumulative': 'Cumulative',
	'chart.departures.column.unit': 'Unit',
	'chart.departures.column.basis': 'Basis',
	'chart.departures.column.windowTotal': 'Window total',
	'chart.departures.column.note': 'Note',
};

export const departuresText = messageLookup(departuresKo, departuresEn);
