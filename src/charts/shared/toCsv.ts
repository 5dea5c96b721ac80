// Ships to the browser: the data behind a chart as CSV (RFC 4180 quoting), raw values not formatted.
import type { Locale } from '../../lib/format/locale.ts';
import type { ChartSpec } from './types.ts';

export function toCsv(model: ChartSpec<any>, locale: Locale): string {
	const cell = (v: string | number | null) => {
		if (v === null) return '';
		const s = String(v);
		return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
	};
	const header = model.columns.map((c) => cell(c.label[locale])).join(',');
	const lines = model.rows.map((r) => model.columns.map((c) => cell(c.value(r))).join(','));
	return `${[header, ...lines].join('\r\n')}\r\n`;
}
