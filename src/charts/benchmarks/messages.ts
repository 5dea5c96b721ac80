// Ships to the browser: the benchmarks chart's words in Korean and English.
import { messageLookup, type MessagesOf } from '../../i18n/messageLookup.ts';

/**
 * The source of the keys: benchmarksEn must have exactly these, or `npm run check` fails. Where
 * English says "1 item is" but "2 items are", a message has `.one` and `.other` forms (Korean's
 * are the same sentence). Names of remedy types, groups and statuses are in labels.ts.
 */
export const benchmarksKo = {
	'chart.benchmarks.title.withNames.one': '보상은 많은 편인가: 영향받은 단위당 금액, {names}와 다른 사고 {others}건',
	'chart.benchmarks.title.withNames.other': '보상은 많은 편인가: 영향받은 단위당 금액, {names}와 다른 사고 {others}건',
	'chart.benchmarks.title.plain.one': '보상은 많은 편인가: 영향받은 단위당 금액, 다른 사고 {others}건',
	'chart.benchmarks.title.plain.other': '보상은 많은 편인가: 영향받은 단위당 금액, 다른 사고 {others}건',
	'chart.benchmarks.namesJoin': '·',
	'chart.benchmarks.takeaway.plain': '선택한 사례의 보상을 영향받은 단위당 금액으로 비교한다.',
	'chart.benchmarks.takeaway.ranks':
		'고객에게 간 몫을 단위당으로 보면 {ranks}다. 전 고객 보상은 받은 회선 수로, 그 밖의 보상은 피해 단위로 나눴다. 사례마다 가장 큰 항목 하나끼리 비교했고 항목을 더하지 않았다.',
	'chart.benchmarks.takeaway.rank': '{name}는 {per} {amount}으로 {of}개 사례 중 {rank}',
	'chart.benchmarks.takeaway.rankWithLines': '{name}는 {per} {amount}으로 {of}개 사례 중 {rank}(전 고객 대상이라 {perLine}으로는 {lineAmount})',
	'chart.benchmarks.takeaway.rankJoin': ', ',
	'chart.benchmarks.description': '로그 눈금 점 차트. {groups}.',
	'chart.benchmarks.description.groupEmpty': '{group}: 그릴 값 없음',
	'chart.benchmarks.value.perUnit': '{amount} {per}',
	'chart.benchmarks.value.perUnitAnnual': '{amount} {per} (연간)',
	'chart.benchmarks.groupNote.penalties':
		'처벌 보기: 국가나 규제기관에 낸 과징금·벌금·합의금이다. 피해자에게 가는 돈이 아니며 피해자 보상과 더하지 않는다.',
	'chart.benchmarks.groupNote.security': '보안 투자 보기: 회사가 약속하거나 명령받은 보안 지출이다. 피해자가 받는 돈이 아니다.',
	'chart.benchmarks.legend.otherView': '{type} ({group} 보기)',
	'chart.benchmarks.empty': '선택한 조건에 맞는 사례가 없다.',
	'chart.benchmarks.ariaLabel': '{group}: 영향받은 단위당 금액',
	'chart.benchmarks.plot.nothing': '이 조건에서는 그릴 값이 없다.',
	'chart.benchmarks.axis.x': '영향받은 단위당 원화 (로그 눈금) →',
	'chart.benchmarks.table.perYear': '{amount}/년',
	'chart.benchmarks.table.primary.yes': '예',
	'chart.benchmarks.table.primary.no': '아니요',
	'chart.benchmarks.exclusion.no-amount': '출처에 금액이 없다',
	'chart.benchmarks.exclusion.uncounted-recipients': '받은 사람 수를 센 자료가 없다',
	'chart.benchmarks.exclusion.other-incident': '이 사고가 아닌 다른 사고에 대한 금액이다',
	'chart.benchmarks.exclusion.other-conduct': '유출이 아닌 다른 행위에 대한 금액이다',
	'chart.benchmarks.exclusion.not-a-payment': '지급이 아니라 쌓아 두는 자본이다',
	'chart.benchmarks.exclusion.no-sourced-rate': '출처 있는 환율이 없다',
	'chart.benchmarks.exclusion.zero': '0은 로그 눈금에 그릴 수 없다',
	'chart.benchmarks.exclusion.noRateFor': '출처 있는 {currency} 환율이 없다',
	'chart.benchmarks.notes.neverAdded':
		'피해자 보상, 처벌, 보안 투자는 서로 다른 것이라 각각 다른 보기로 나눠 그리며 절대 더하지 않는다. 점 하나는 사례 하나의 항목 하나다.',
	'chart.benchmarks.notes.notConverted.one': '{currency} 금액 {n}건은 환산하지 않았다: {reason} ({cases}).',
	'chart.benchmarks.notes.notConverted.other': '{currency} 금액 {n}건은 환산하지 않았다: {reason} ({cases}).',
	'chart.benchmarks.notes.notDrawn.one': '{n}개 항목은 그리지 않았다: {reason} ({cases}).',
	'chart.benchmarks.notes.notDrawn.other': '{n}개 항목은 그리지 않았다: {reason} ({cases}).',
	'chart.benchmarks.notes.context.one': '회사가 밝힌 총비용 등 참고 수치 {n}건은 보상이 아니어서 그리지 않고 표에만 싣는다.',
	'chart.benchmarks.notes.context.other': '회사가 밝힌 총비용 등 참고 수치 {n}건은 보상이 아니어서 그리지 않고 표에만 싣는다.',
	'chart.benchmarks.notes.annual': '연간 금액({cases})은 단위당 연간 값이다.',
	'chart.benchmarks.notes.overstated': '여러 사고를 합친 금액({cases})을 한 사고의 수로 나눠 단위당 값이 부풀려져 있다.',
	'chart.benchmarks.notes.units': '분모는 사례마다 다르다({units}). 기록은 사람이 아니고 계정도 사람이 아니다. 각 값의 분모는 표에 적었다.',
	'chart.benchmarks.notes.unitsJoin': '·',
	'chart.benchmarks.notes.alternatives':
		'{names}는 항목을 받은 수로 나눈 값을 채운 점으로 그렸다(전 고객 보상은 회선 수, 나머지는 사람 수). 같은 금액을 다른 수로 나눈 값은 빈 점이다.',
	'chart.benchmarks.notes.rate': '환산은 {period}년 평균 환율(1{currency}={rate}원)로 했고 물가 상승은 반영하지 않았다.',
} as const;

export const benchmarksEn: MessagesOf<typeof benchmarksKo> = {
	'chart.benchmarks.title.withNames.one': 'Remedies per affected unit: {names} beside {others} other breach',
	'chart.benchmarks.title.withNames.other': 'Remedies per affected unit: {names} beside {others} other breaches',
	'chart.benchmarks.title.plain.one': 'Remedies per affected unit beside {others} other breach',
	'chart.benchmarks.title.plain.other': 'Remedies per affected unit beside {others} other breaches',
	'chart.benchmarks.namesJoin': ' and ',
	'chart.benchmarks.takeaway.plain': 'The selected cases’ remedies, per affected unit.',
	'chart.benchmarks.takeaway.ranks':
		'Per unit, the largest single remedy to customers: {ranks}. A package for every customer is divided by the lines that received it, other remedies by the affected count. Items are compared one by one, never added.',
	'chart.benchmarks.takeaway.rank': '{name}’s is {amount} {per}, {rank} of {of} cases',
	'chart.benchmarks.takeaway.rankWithLines': '{name}’s is {amount} {per}, {rank} of {of} cases (it went to all customers: {lineAmount} {perLine})',
	'chart.benchmarks.takeaway.rankJoin': '; ',
	'chart.benchmarks.description': 'Dot chart on a log scale. {groups}.',
	'chart.benchmarks.description.groupEmpty': '{group}: nothing to draw',
	'chart.benchmarks.value.perUnit': '{amount} {per}',
	'chart.benchmarks.value.perUnitAnnual': '{amount} {per} a year',
	'chart.benchmarks.groupNote.penalties':
		'Penalties view: fines and settlements paid to the state or regulators. Victims receive none of it, and it is never added to their remedies.',
	'chart.benchmarks.groupNote.security': 'Security view: security spending a company pledged or was ordered to make. Victims receive none of it.',
	'chart.benchmarks.legend.otherView': '{type} ({group} view)',
	'chart.benchmarks.empty': 'No case matches the selection.',
	'chart.benchmarks.ariaLabel': '{group}: value per affected unit',
	'chart.benchmarks.plot.nothing': 'Nothing to draw for this selection.',
	'chart.benchmarks.axis.x': 'Won per affected unit (log scale) →',
	'chart.benchmarks.table.perYear': '{amount} a year',
	'chart.benchmarks.table.primary.yes': 'yes',
	'chart.benchmarks.table.primary.no': 'no',
	'chart.benchmarks.exclusion.no-amount': 'the sources give no amount',
	'chart.benchmarks.exclusion.uncounted-recipients': 'nobody counted the recipients',
	'chart.benchmarks.exclusion.other-incident': 'the amount is for another incident',
	'chart.benchmarks.exclusion.other-conduct': 'the amount is for other conduct, not the breach',
	'chart.benchmarks.exclusion.not-a-payment': 'it is capital held, not a payment',
	'chart.benchmarks.exclusion.no-sourced-rate': 'no sourced exchange rate',
	'chart.benchmarks.exclusion.zero': 'zero cannot be drawn on a log scale',
	'chart.benchmarks.exclusion.noRateFor': 'no sourced {currency} rate',
	'chart.benchmarks.notes.neverAdded':
		'Money to victims, penalties and security pledges are different things: each has its own view and they are never added together. One dot is one item of one case.',
	'chart.benchmarks.notes.notConverted.one': '{n} {currency} amount is not converted: {reason} ({cases}).',
	'chart.benchmarks.notes.notConverted.other': '{n} {currency} amounts are not converted: {reason} ({cases}).',
	'chart.benchmarks.notes.notDrawn.one': '{n} item is not drawn: {reason} ({cases}).',
	'chart.benchmarks.notes.notDrawn.other': '{n} items are not drawn: {reason} ({cases}).',
	'chart.benchmarks.notes.context.one': '{n} context figure (such as a company’s reported total cost) is not a remedy: in the table only.',
	'chart.benchmarks.notes.context.other': '{n} context figures (such as a company’s reported total cost) are not a remedy: in the table only.',
	'chart.benchmarks.notes.annual': 'Yearly amounts ({cases}) are per unit per year.',
	'chart.benchmarks.notes.overstated': 'Amounts covering several incidents ({cases}) are divided by one incident’s count, which overstates the per-unit value.',
	'chart.benchmarks.notes.units': 'Denominators differ by case ({units}): a record is not a person, nor is an account. The table names each value’s denominator.',
	'chart.benchmarks.notes.unitsJoin': ', ',
	'chart.benchmarks.notes.alternatives':
		'For {names}, the filled dot divides each item by those who received it (subscriber lines for a package every customer got, people for the rest); hollow dots divide the same amount by the other counts.',
	'chart.benchmarks.notes.rate': 'Converted at the {period} average rate ({currency} 1 = ₩{rate}), without adjusting for inflation.',
};

export const benchmarksText = messageLookup(benchmarksKo, benchmarksEn);
