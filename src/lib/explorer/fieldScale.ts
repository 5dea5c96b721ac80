// Ships to the browser: the scale an assumption's number field is typed in.
import { modelUnitLabel } from '../format/formatModelValue.ts';
import type { Locale } from '../format/locale.ts';
import type { ModelUnit } from '../../schemas/assumption.ts';
import { explorerText } from './explorerText.ts';

/**
 * Sums of money (unit `krw`: fines, claims, security pledges) run to hundreds of billions of won,
 * too many digits to type or read, so their fields are in 억원 (Korean) or ₩ billion (English).
 * Everything else is typed in its own unit. The model, the URL and the share link always keep won,
 * so a link made in one language opens with the same values in the other.
 */
export interface FieldScale {
	/** Won per field unit: 1 for an unscaled field. */
	factor: number;
	/** The unit shown beside the field. */
	label: string;
}

const MONEY_FACTOR: Readonly<Record<Locale, number>> = { ko: 1e8, en: 1e9 };

export function fieldScale(unit: ModelUnit, locale: Locale): FieldScale {
	if (unit === 'krw') return { factor: MONEY_FACTOR[locale], label: explorerText(locale, 'explorer.unit.krwScaled') };
	return { factor: 1, label: modelUnitLabel(unit, locale) };
}

/** A model value as the field shows it: 700,000,000,000 won → "7000" (억원) or "700" (₩ billion). */
export function toFieldValue(value: number, factor: number): string {
	// toPrecision trims the binary noise of the division (0.30000000000000004 → 0.3); `+ 0` turns -0 into 0.
	return String(Number((value / factor).toPrecision(15)) + 0);
}

/** What the reader typed, in model units, or undefined while it is empty or half-typed. */
export function fromFieldValue(text: string, factor: number): number | undefined {
	if (text.trim() === '') return undefined;
	const n = Number(text);
	if (!Number.isFinite(n)) return undefined;
	// Money is whole won; rounding removes the noise of multiplying a decimal by 10⁸ or 10⁹.
	return factor === 1 ? n : Math.round(n * factor);
}
