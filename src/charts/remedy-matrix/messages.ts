// The remedy-matrix chart's words in Korean and English.
import { messageLookup, type MessagesOf } from '../../i18n/messageLookup.ts';

/**
 * The source of the keys: remedyMatrixEn must have exactly these, or `npm run check` fails. The
 * takeaway is built from clauses: `only` names what one carrier alone offered, `commonBoth` and
 * `commonAll` what every carrier offered, and the `takeaway.sentence.*` messages join them.
 */
export const remedyMatrixKo = {
	'chart.remedy-matrix.title': '누가 어떤 보상을 내놓았나',
	'chart.remedy-matrix.description': '표 형태 차트: 행은 보상 종류, 열은 사고. {cells}.',
	'chart.remedy-matrix.ariaLabel': '사고별 고객 보상 구성 표',
	'chart.remedy-matrix.empty': '고객 보상 자료가 없다.',
	'chart.remedy-matrix.notes.scope': '고객 대상 보상만 모았다. 과징금, 정보보호 투자, 분쟁조정안, 거절된 제안은 빠진다.',
	'chart.remedy-matrix.notes.cells':
		'칸의 첫머리는 대상을 줄여 쓴 것이다. 자세한 자격 요건은 데이터 표에 있다. 점선 테두리에 “—”로 표시한 칸은 제공하지 않은 보상이다.',
	'chart.remedy-matrix.notOffered': '미제공',
	'chart.remedy-matrix.offered.yes': '제공',
	'chart.remedy-matrix.offered.no': '미제공',
	'chart.remedy-matrix.takeaway.none': '비교할 고객 보상이 없다.',
	'chart.remedy-matrix.takeaway.single': '{incident}의 고객 보상은 {kinds} 등 {n}종이다.',
	'chart.remedy-matrix.takeaway.only': '{kinds:은/는} {incident}만',
	'chart.remedy-matrix.takeaway.onlyJoin': ', ',
	'chart.remedy-matrix.takeaway.commonBoth': '{kinds:은/는} 두 회사 모두 제공했다',
	'chart.remedy-matrix.takeaway.commonAll': '{kinds:은/는} 모든 회사가 제공했다',
	'chart.remedy-matrix.takeaway.sentence.onlyAndCommon': '{only} 제공했고, {common}.',
	'chart.remedy-matrix.takeaway.sentence.only': '{only} 제공했다.',
	'chart.remedy-matrix.takeaway.sentence.common': '{common}.',
	'chart.remedy-matrix.takeaway.sentence.neither': '공통으로 제공한 보상이 없다.',
	'chart.remedy-matrix.audience.all-customers': '전 고객',
	'chart.remedy-matrix.audience.affected': '유출·노출 고객',
	'chart.remedy-matrix.audience.victims': '피해 확인 고객',
	'chart.remedy-matrix.audience.leavers': '해지 고객',
	'chart.remedy-matrix.audience.company': '회사',
	// Data-table column headings (index.ts)
	'chart.remedy-matrix.column.kind': '보상 종류',
	'chart.remedy-matrix.column.offered': '제공',
	'chart.remedy-matrix.column.remedies': '보상',
	'chart.remedy-matrix.column.audience': '대상',
	'chart.remedy-matrix.column.terms': '조건',
	'chart.remedy-matrix.column.window': '기간',
	'chart.remedy-matrix.column.eligibility': '자격',
} as const;

export const remedyMatrixEn: MessagesOf<typeof remedyMatrixKo> = {
	'chart.remedy-matrix.title': 'Which remedies each carrier offered',
	'chart.remedy-matrix.description': 'Grid chart: rows are remedy kinds, columns are incidents. {cells}.',
	'chart.remedy-matrix.ariaLabel': 'Grid of customer remedies by incident',
	'chart.remedy-matrix.empty': 'No customer remedies in the data.',
	'chart.remedy-matrix.notes.scope': 'Customer remedies only: fines, security investment, mediation proposals and rejected offers are left out.',
	'chart.remedy-matrix.notes.cells':
		'Each cell starts with who was eligible, in short; the full eligibility is in the data table. Dashed cells marked “—” were not offered.',
	'chart.remedy-matrix.notOffered': 'not offered',
	'chart.remedy-matrix.offered.yes': 'Yes',
	'chart.remedy-matrix.offered.no': 'No',
	'chart.remedy-matrix.takeaway.none': 'There are no customer remedies to compare.',
	'chart.remedy-matrix.takeaway.single': '{incident} offered {n} kinds of customer remedy: {kinds}.',
	'chart.remedy-matrix.takeaway.only': 'only {incident} offered {kinds}',
	'chart.remedy-matrix.takeaway.onlyJoin': '; ',
	'chart.remedy-matrix.takeaway.commonBoth': 'both offered {kinds}',
	'chart.remedy-matrix.takeaway.commonAll': 'all offered {kinds}',
	'chart.remedy-matrix.takeaway.sentence.onlyAndCommon': '{only}; {common}.',
	'chart.remedy-matrix.takeaway.sentence.only': '{only}.',
	'chart.remedy-matrix.takeaway.sentence.common': '{common}.',
	'chart.remedy-matrix.takeaway.sentence.neither': 'No remedy kind was offered by one carrier alone.',
	'chart.remedy-matrix.audience.all-customers': 'All customers',
	'chart.remedy-matrix.audience.affected': 'Exposed customers',
	'chart.remedy-matrix.audience.victims': 'Confirmed victims',
	'chart.remedy-matrix.audience.leavers': 'Leavers',
	'chart.remedy-matrix.audience.company': 'Company',
	'chart.remedy-matrix.column.kind': 'Remedy kind',
	'chart.remedy-matrix.column.offered': 'Offered',
	'chart.remedy-matrix.column.remedies': 'Remedies',
	'chart.remedy-matrix.column.audience': 'Who',
	'chart.remedy-matrix.column.terms': 'Terms',
	'chart.remedy-matrix.column.window': 'Window',
	'chart.remedy-matrix.column.eligibility': 'Eligibility',
};

export const remedyMatrixText = messageLookup(remedyMatrixKo, remedyMatrixEn);
