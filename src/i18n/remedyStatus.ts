/** Reader-facing names of a remedy's status (announced, in effect, …), per locale. */
import type { Locale } from '../lib/format/locale.ts';
import type { Remedy } from '../schemas/remedy.ts';

export const REMEDY_STATUS_LABEL: Readonly<Record<Remedy['status'], Record<Locale, string>>> = {
	announced: { ko: '발표', en: 'announced' },
	'in-effect': { ko: '시행 중', en: 'in effect' },
	completed: { ko: '완료', en: 'completed' },
	rejected: { ko: '거부됨', en: 'rejected' },
	pending: { ko: '결정 전', en: 'pending' },
};
