// The data behind a chart as CSV (RFC 4180 quoting), raw values not formatted.
import { formatCsv } from '../../lib/format/formatCsv.ts';
import type { Locale } from '../../lib/format/locale.ts';
import type { ChartSpec } from './types.ts';

export function toCsv(model: ChartSpec<any>, locale: Locale): string {
	return formatCsv([model.columns.map((c) => c.label[locale]), ...model.rows.map((r) => model.columns.map((c) => c.value(r)))]);
}
