// Ships to the browser: the data-table column naming each row's unit, with its code kept for the CSV.
import type { Locale } from '../../lib/format/locale.ts';
import type { Unit } from '../../schemas/common.ts';
import { UNIT_WORDS } from '../../i18n/unitWords.ts';
import type { ChartColumn } from './types.ts';

/**
 * How a unit's cell reads in each language, from the shared unit words. Korean counters (건, 명)
 * read oddly alone, so the Korean cell names the unit in English too.
 */
const UNIT_CELL: Record<Locale, (unit: Unit) => string> = {
	ko: (unit) => `${UNIT_WORDS[unit].ko} (${UNIT_WORDS[unit].en[1]})`,
	en: (unit) => UNIT_WORDS[unit].en[1],
};

/** "records" in the CSV's code column; "records" / "건 (records)" as the page shows it. */
export function unitColumn<Row>(label: ChartColumn<Row>['label'], unitOf: (r: Row) => Unit): ChartColumn<Row> {
	return { key: 'unit', label, value: unitOf, format: (r, locale) => UNIT_CELL[locale](unitOf(r)) };
}
