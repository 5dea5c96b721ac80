/** A corrected value as readers see it on the corrections page and in the feed. */
import { CONFIDENCE_LABEL } from '../../i18n/labels.ts';
import { QUALIFIER_PREFIX } from '../../i18n/qualifiers.ts';
import type { CorrectionValue } from '../../schemas/correction.ts';
import { formatExact, formatValue } from './formatNumber.ts';
import type { Locale } from './locale.ts';

/** A number shows in both forms: the compact one alone can hide the change (₩1.822 vs ₩1.823 trillion). */
export function formatCorrectionValue(v: CorrectionValue, locale: Locale): string {
	if ('unit' in v) return `${QUALIFIER_PREFIX[v.qualifier][locale]}${formatValue(v.value, v.unit, locale)} (${formatExact(v.value, locale)})`;
	if ('confidence' in v) return CONFIDENCE_LABEL[v.confidence][locale];
	return v[locale];
}
