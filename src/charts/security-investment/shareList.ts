// The takeaway's shares of profit, paired with their companies as each language does it.
import { joinPhrases } from '../../lib/format/joinPhrases.ts';
import type { ChartContext } from '../shared/types.ts';
import { securityInvestmentText as text } from './messages.ts';

/**
 * "8.1% of KT’s and 13% of SKT’s" in English. Korean names the company at a single share ("KT 8.1%")
 * but lists several bare, after 각각 ("respectively"), since the sentence has just named the companies
 * in the same order. A list whose Korean leaves out a value the English gives cannot be one message
 * (a key takes the same placeholders in both languages), so this is the chart's one choice by locale.
 */
export function shareList(shares: readonly { incident: string; share: string }[], locale: ChartContext['locale']): string {
	const respectively = locale === 'ko' && shares.length > 1;
	return joinPhrases(respectively ? shares.map((s) => s.share) : shares.map((s) => text(locale, 'chart.security-investment.takeaway.share.item', s)), locale);
}
