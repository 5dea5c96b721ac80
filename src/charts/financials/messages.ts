// The financials chart's words in Korean and English.
import { messageLookup, type MessagesOf } from '../../i18n/messageLookup.ts';

/**
 * The Korean table is the source of the keys; `{name}` is a value the chart fills in. Items of a
 * list (`*.item`) are joined by joinPhrases before they go into the sentence that holds them.
 */
export const financialsKo = {
	'chart.financials.title': '분기 영업이익과 사고 시점',
	'chart.financials.empty': '연결 기준 분기 영업이익 자료가 없다.',

	// Takeaway: the companies whose profit fell after disclosure, then those whose profit held.
	'chart.financials.takeaway.none': '두 회사의 분기 영업이익과 사고가 난 분기를 함께 보여준다.',
	'chart.financials.takeaway.fell.item': '{incident} {change}({quarter} {profit})',
	'chart.financials.takeaway.fell': '사고 뒤 가장 낮았던 분기 영업이익은 공개 직전 분기보다 {fell} 적었다.',
	'chart.financials.takeaway.held': '{held}의 분기 영업이익은 공개 뒤 직전 분기 아래로 내려가지 않았다.',
	'chart.financials.takeaway.fellAndHeld':
		'사고 뒤 가장 낮았던 분기 영업이익은 공개 직전 분기보다 {fell} 적었다. {held}의 분기 영업이익은 공개 뒤 직전 분기 아래로 내려가지 않았다.',

	'chart.financials.notes.basis': '연결 기준 분기 영업이익이다. 별도·부문 기준 수치는 섞지 않았다.',
	'chart.financials.notes.marks': '세로 점선은 사고와 관련된 일이 있었던 분기다: {list}.',
	'chart.financials.notes.beyond': '분기 실적이 그려진 범위 밖의 사건: {list}.',
	'chart.financials.notes.gaps': '수치가 없는 분기는 선을 끊었다: {list}.',

	'chart.financials.description': '선 차트. {series}.',

	// What happened in a marked quarter (rows.ts QuarterMark['what']).
	'chart.financials.mark.disclosure': '공개',
	'chart.financials.mark.waiver': '위약금 면제',
	'chart.financials.mark.fine': '과징금',

	'chart.financials.aria': '분기 영업이익 선 차트',
	'chart.financials.axis.x.quarter': '{n}분기',
	'chart.financials.axis.x.quarterAndYear': '{n}분기\n{year}년',
	'chart.financials.axis.y': '영업이익 (원, 연결)',
	// Data-table column headings (index.ts)
	'chart.financials.column.quarter': '분기',
	'chart.financials.column.value': '영업이익(원, 연결)',
	'chart.financials.column.note': '메모',
} as const;

export const financialsEn: MessagesOf<typeof financialsKo> = {
	'chart.financials.title': 'Quarterly operating profit and the breaches',
	'chart.financials.empty': 'No consolidated quarterly operating profit in the data.',

	'chart.financials.takeaway.none': 'Each company’s quarterly operating profit, with the quarters its breach touched.',
	'chart.financials.takeaway.fell.item': '{change} below the quarter before at {incident} ({profit} in {quarter})',
	'chart.financials.takeaway.fell': 'In the weakest quarter after disclosure, operating profit was {fell}.',
	'chart.financials.takeaway.held': '{held} never fell below the quarter before disclosure.',
	'chart.financials.takeaway.fellAndHeld': 'In the weakest quarter after disclosure, operating profit was {fell}; {held} never fell below the quarter before disclosure.',

	'chart.financials.notes.basis': 'Consolidated quarterly operating profit; standalone and segment figures are not mixed in.',
	'chart.financials.notes.marks': 'Dashed rules mark the quarters of breach events: {list}.',
	'chart.financials.notes.beyond': 'Events in quarters outside the plotted results: {list}.',
	'chart.financials.notes.gaps': 'Quarters without a figure break the line: {list}.',

	'chart.financials.description': 'Line chart. {series}.',

	'chart.financials.mark.disclosure': 'disclosed',
	'chart.financials.mark.waiver': 'fee waiver',
	'chart.financials.mark.fine': 'fine',

	'chart.financials.aria': 'Quarterly operating profit, line chart',
	'chart.financials.axis.x.quarter': 'Q{n}',
	'chart.financials.axis.x.quarterAndYear': 'Q{n}\n{year}',
	'chart.financials.axis.y': 'Operating profit (won, consolidated)',
	'chart.financials.column.quarter': 'Quarter',
	'chart.financials.column.value': 'Operating profit (won, consolidated)',
	'chart.financials.column.note': 'Note',
};

export const financialsText = messageLookup(financialsKo, financialsEn);
