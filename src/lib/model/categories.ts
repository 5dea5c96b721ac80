// Ships to the browser: the categories components are grouped into.
import type { LocalizedText } from './localizedText.ts';

/**
 * `benefit`: value handed to customers who stay; `protection`: making customers safe or whole;
 * `exit`: letting customers leave; `security`: investment pledged; `sanction`: fines. Subtotals
 * are reported per category so a fine is never mistaken for a remedy.
 */
export const CATEGORIES = ['benefit', 'protection', 'exit', 'security', 'sanction'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Display names of the categories. */
export const CATEGORY_LABELS: Readonly<Record<Category, LocalizedText>> = {
	benefit: { ko: '잔류 고객 혜택', en: 'Benefits for customers who stay' },
	protection: { ko: '피해 예방·보상', en: 'Protection and refunds' },
	exit: { ko: '위약금 면제', en: 'Fee waiver' },
	security: { ko: '보안 투자', en: 'Security investment' },
	sanction: { ko: '과징금', en: 'Fines' },
};
