// Ships to the browser: cost-model parameter values with their units, per locale.
import { modelUnitWordsText } from '../../i18n/modelUnitWords.ts';
import type { ModelUnit } from '../../schemas/assumption.ts';
import { formatExact, formatKrw, formatKrwDigits, formatValue } from './formatNumber.ts';
import type { Locale } from './locale.ts';

/** Money per something (a month, a person, a USIM…): the units whose amount is followed by a "per" word. */
type PerUnit = Extract<ModelUnit, `krw-per-${string}`>;
const isPerUnit = (unit: ModelUnit): unit is PerUnit => unit.startsWith('krw-per-');

/** 29,202원/월 · ₩29,202 a month; 50% · 50%; 50 GB/월 · 50 GB a month; 2,400만명 · 24 million people. */
export function formatModelValue(value: number, unit: ModelUnit, locale: Locale): string {
	if (isPerUnit(unit)) {
		// A unit price is written to the won (a rounded 3만원/월 would hide the input a reader set).
		const amount = Math.abs(value) < 1e6 ? formatKrwDigits(value, locale) : formatKrw(value, locale);
		return modelUnitWordsText(locale, `modelUnit.value.${unit}`, { amount });
	}
	switch (unit) {
		case 'krw':
			return formatKrw(value, locale);
		case 'percent':
			return `${formatExact(value, locale, 2)}%`;
		case 'percent-per-year':
			return modelUnitWordsText(locale, 'modelUnit.value.percent-per-year', { amount: formatExact(value, locale, 2) });
		case 'gb-per-month':
		case 'months':
		case 'years':
		case 'people':
		case 'lines':
			return formatValue(value, unit, locale);
	}
}

/** The unit alone, for input labels: 원/월 · won a month. */
export function modelUnitLabel(unit: ModelUnit, locale: Locale): string {
	return modelUnitWordsText(locale, `modelUnit.label.${unit}`);
}
