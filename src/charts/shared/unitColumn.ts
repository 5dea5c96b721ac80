// Ships to the browser: the data-table column naming each row's unit, with its code kept for the CSV.
import type { Unit } from '../../schemas/common.ts';
import { UNIT_WORDS } from '../../i18n/unitWords.ts';
import type { ChartColumn } from './types.ts';

/** "records" in the CSV's code column; "records" / "건(records)" as the page shows it. */
export function unitColumn<Row>(label: ChartColumn<Row>['label'], unitOf: (r: Row) => Unit): ChartColumn<Row> {
	return {
		key: 'unit',
		label,
		value: unitOf,
		// Korean counters (건, 명) read oddly alone, so the Korean table names the unit in English too.
		format: (r, locale) => (locale === 'ko' ? `${UNIT_WORDS[unitOf(r)].ko} (${UNIT_WORDS[unitOf(r)].en[1]})` : UNIT_WORDS[unitOf(r)].en[1]),
	};
}
