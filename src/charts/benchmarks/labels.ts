// Ships to the browser: the benchmarks chart's names for remedy types, groups, statuses and units, in
// both languages (tables keyed by member, which pages read too), and why an item is not drawn.
import type { AffectedUnit, RemedyType } from '../../schemas/benchmark.ts';
import type { ExclusionReason } from '../../lib/benchmarks/perUnit.ts';
import type { RemedyGroup } from '../../lib/benchmarks/remedyGroup.ts';
import type { Locale } from '../../lib/format/locale.ts';
import { benchmarksText } from './messages.ts';

type Text = Record<Locale, string>;

/** Whether an amount is settled, still open, or known only from reporting. */
export type BenchmarkStatus = 'final' | 'pending' | 'reported-only';

/** Why an item has no dot: a reason from the per-unit arithmetic, or a zero a log scale cannot show. */
export interface Exclusion {
	reason: ExclusionReason | 'zero';
	/** The currency that has no sourced rate, for `no-sourced-rate`. */
	currency: string | null;
}

export const TYPE_LABEL: Readonly<Record<RemedyType, Text>> = {
	voucher: { ko: '상품권·포인트', en: 'Voucher' },
	'cash-fund': { ko: '배상 기금', en: 'Settlement fund' },
	discount: { ko: '할인', en: 'Discount' },
	waiver: { ko: '수수료 면제', en: 'Fee waiver' },
	'credit-monitoring': { ko: '신용 감시', en: 'Credit monitoring' },
	'court-award': { ko: '법원 배상', en: 'Court award' },
	'in-kind': { ko: '현물·서비스', en: 'In kind' },
	reimbursement: { ko: '손해 환급', en: 'Reimbursement' },
	'support-package': { ko: '지원 패키지', en: 'Support package' },
	fine: { ko: '과징금·벌금', en: 'Fine' },
	'regulatory-settlement': { ko: '규제기관 합의금', en: 'Regulatory settlement' },
	'business-suspension': { ko: '영업정지', en: 'Business suspension' },
	'security-pledge': { ko: '보안 투자 약속', en: 'Security pledge' },
	'capital-requirement': { ko: '자본 추가 적립', en: 'Capital requirement' },
	'reported-cost': { ko: '회사가 밝힌 총비용', en: 'Reported total cost' },
};

export const GROUP_LABEL: Readonly<Record<RemedyGroup, Text>> = {
	victims: { ko: '피해자에게 간 몫', en: 'Money to victims' },
	penalties: { ko: '처벌', en: 'Penalties' },
	security: { ko: '보안 투자 약속', en: 'Security pledges' },
	context: { ko: '참고 수치', en: 'Context figures' },
};

export const STATUS_LABEL: Readonly<Record<BenchmarkStatus, Text>> = {
	final: { ko: '확정', en: 'Final' },
	pending: { ko: '미확정', en: 'Pending' },
	'reported-only': { ko: '보도로만 확인', en: 'Reported only' },
};

const UNIT_PER: Readonly<Record<AffectedUnit, Text>> = {
	people: { ko: '1명당', en: 'per person' },
	accounts: { ko: '1계정당', en: 'per account' },
	records: { ko: '1건(기록)당', en: 'per record' },
	subscribers: { ko: '가입자 1명당', en: 'per subscriber' },
	lines: { ko: '1회선당', en: 'per line' },
};
export const UNIT_WORD: Readonly<Record<AffectedUnit, Text>> = {
	people: { ko: '명', en: 'people' },
	accounts: { ko: '계정', en: 'accounts' },
	records: { ko: '건', en: 'records' },
	subscribers: { ko: '명(가입자)', en: 'subscribers' },
	lines: { ko: '회선', en: 'lines' },
};

export function unitPer(unit: AffectedUnit, locale: Locale): string {
	return UNIT_PER[unit][locale];
}

/** Why an item has no dot, as a clause that follows "not drawn:". */
export function exclusionText(e: Exclusion, locale: Locale): string {
	if (e.reason === 'no-sourced-rate' && e.currency) return benchmarksText(locale, 'chart.benchmarks.exclusion.noRateFor', { currency: e.currency });
	return benchmarksText(locale, `chart.benchmarks.exclusion.${e.reason}`);
}
