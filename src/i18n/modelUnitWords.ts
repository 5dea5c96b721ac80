// Ships to the browser: the cost model's unit words in Korean and English (the explorer formats with them).
import { messageLookup, type MessagesOf } from './messageLookup.ts';

/**
 * Words for the closed set MODEL_UNITS (src/schemas/assumption.ts), separate from UNIT_WORDS because
 * the model prices things the data never counts (per use, per GB, per USIM). Keys are built from the
 * unit (`modelUnit.label.${unit}`), so a unit added without its words fails the type check.
 * `label` is the unit alone, for an input's label; `value` is a formatted amount with its unit.
 */
export const modelUnitWordsKo = {
	'modelUnit.label.krw': '원',
	'modelUnit.label.krw-per-month': '원/월',
	'modelUnit.label.krw-per-person': '원/명',
	'modelUnit.label.krw-per-use': '원/회',
	'modelUnit.label.krw-per-gb': '원/GB',
	'modelUnit.label.krw-per-usim': '원/개',
	'modelUnit.label.krw-per-year': '원/년',
	'modelUnit.label.krw-per-line': '원/회선',
	'modelUnit.label.percent': '%',
	'modelUnit.label.percent-per-year': '%/년',
	'modelUnit.label.gb-per-month': 'GB/월',
	'modelUnit.label.months': '개월',
	'modelUnit.label.years': '년',
	'modelUnit.label.people': '명',
	'modelUnit.label.lines': '회선',
	'modelUnit.value.krw-per-month': '{amount}/월',
	'modelUnit.value.krw-per-person': '{amount}/명',
	'modelUnit.value.krw-per-use': '{amount}/회',
	'modelUnit.value.krw-per-gb': '{amount}/GB',
	'modelUnit.value.krw-per-usim': '{amount}/개',
	'modelUnit.value.krw-per-year': '{amount}/년',
	'modelUnit.value.krw-per-line': '{amount}/회선',
	'modelUnit.value.percent-per-year': '{amount}%/년',
} as const;

export const modelUnitWordsEn: MessagesOf<typeof modelUnitWordsKo> = {
	'modelUnit.label.krw': 'won',
	'modelUnit.label.krw-per-month': 'won a month',
	'modelUnit.label.krw-per-person': 'won per person',
	'modelUnit.label.krw-per-use': 'won per use',
	'modelUnit.label.krw-per-gb': 'won per GB',
	'modelUnit.label.krw-per-usim': 'won per USIM',
	'modelUnit.label.krw-per-year': 'won a year',
	'modelUnit.label.krw-per-line': 'won per line',
	'modelUnit.label.percent': '%',
	'modelUnit.label.percent-per-year': '% a year',
	'modelUnit.label.gb-per-month': 'GB a month',
	'modelUnit.label.months': 'months',
	'modelUnit.label.years': 'years',
	'modelUnit.label.people': 'people',
	'modelUnit.label.lines': 'lines',
	'modelUnit.value.krw-per-month': '{amount} a month',
	'modelUnit.value.krw-per-person': '{amount} per person',
	'modelUnit.value.krw-per-use': '{amount} per use',
	'modelUnit.value.krw-per-gb': '{amount} per GB',
	'modelUnit.value.krw-per-usim': '{amount} per USIM',
	'modelUnit.value.krw-per-year': '{amount} a year',
	'modelUnit.value.krw-per-line': '{amount} per line',
	'modelUnit.value.percent-per-year': '{amount}% a year',
};

export const modelUnitWordsText = messageLookup(modelUnitWordsKo, modelUnitWordsEn);
