// The scale chart's words in Korean and English.
import { messageLookup, type MessagesOf } from '../../i18n/messageLookup.ts';

/** The source of the keys: scaleEn must have exactly these, or `npm run check` fails. */
export const scaleKo = {
	'chart.scale.title': '유출 규모: 기록·사람·회선',
	'chart.scale.takeaway.people': '사람 수로 비교하면 {largest} 피해자는 {smallest}의 약 {ratio}배다. 기록 수는 사람 수가 아니다.',
	'chart.scale.takeaway.plain': '사고별 유출 규모를 단위별로 나눠 보여준다.',
	'chart.scale.description': '막대 차트. {bars}.',
	'chart.scale.notes.units': '기록(IMSI 기준 유심 항목)·사람·회선은 서로 다른 단위이므로 더하거나 바꿔 쓰지 않는다.',
	'chart.scale.notes.logScale': '로그 눈금은 1,000배 넘는 차이를 한 화면에 담기 위한 것이다. 선형 눈금에서는 작은 막대가 보이지 않을 수 있다.',
	'chart.scale.view.linear': '선형 눈금',
	'chart.scale.view.linearNote': '선형 눈금: 막대 길이가 실제 크기에 비례한다.',
	'chart.scale.empty': '규모 수치가 없다.',
	'chart.scale.ariaLabel': '유출 규모 막대 차트',
	'chart.scale.axis.log': '개수 (로그 눈금)',
	'chart.scale.axis.linear': '개수',
	'chart.scale.measure.records-leaked': '유출 기록',
	'chart.scale.measure.people-affected': '피해자(사람)',
	'chart.scale.measure.subscriber-lines': '가입 회선',
	// Data-table column headings (index.ts)
	'chart.scale.column.measure': '측정',
	'chart.scale.column.value': '값',
	'chart.scale.column.unit': '단위',
	'chart.scale.column.asOf': '기준일',
} as const;

export const scaleEn: MessagesOf<typeof scaleKo> = {
	'chart.scale.title': 'Breach scale: records, people and lines',
	'chart.scale.takeaway.people': 'Counting people, {largest}’s breach touched about {ratio} times as many as {smallest}’s; a record is not a person.',
	'chart.scale.takeaway.plain': 'Each breach’s scale, with records, people and lines kept apart.',
	'chart.scale.description': 'Bar chart. {bars}.',
	'chart.scale.notes.units': 'Records (IMSI-keyed USIM entries), people and subscriber lines are different units; they are never added or swapped.',
	'chart.scale.notes.logScale': 'The log scale fits a gap of more than 1,000× on one axis; on the linear scale the smallest bars can vanish.',
	'chart.scale.view.linear': 'Linear scale',
	'chart.scale.view.linearNote': 'Linear scale: bar length is proportional to the count.',
	'chart.scale.empty': 'No scale figures in the data.',
	'chart.scale.ariaLabel': 'Breach scale bar chart',
	'chart.scale.axis.log': 'Count (log scale)',
	'chart.scale.axis.linear': 'Count',
	'chart.scale.measure.records-leaked': 'Records leaked',
	'chart.scale.measure.people-affected': 'People affected',
	'chart.scale.measure.subscriber-lines': 'Subscriber lines',
	'chart.scale.column.measure': 'Measure',
	'chart.scale.column.value': 'Value',
	'chart.scale.column.unit': 'Unit',
	'chart.scale.column.asOf': 'As of',
};

export const scaleText = messageLookup(scaleKo, scaleEn);
