/**
 * The dataset flattened into tables for CSV download: one row per figure, event, remedy component,
 * outcome, financial figure and source. Values stay raw (won, not 억/조); units are a column.
 */
import { formatCsv } from '../format/formatCsv.ts';
import type { Dataset } from './loadDataset.ts';

export type Cell = string | number | boolean | null | undefined;
export type Table = { columns: string[]; rows: Cell[][] };

const ids = (s: readonly string[]) => s.join(' ');

export function exportTables(d: Dataset): Record<string, Table> {
	const per = <T>(pick: (i: Dataset['incidents'][number]) => T[], columns: string[], row: (incidentId: string, x: T) => Cell[]): Table => ({
		columns: ['incident', ...columns],
		rows: d.incidents.flatMap((inc) => pick(inc).map((x) => [inc.id, ...row(inc.id, x)])),
	});
	return {
		figures: per(
			(i) => i.figures,
			['id', 'metric', 'label_ko', 'label_en', 'value', 'qualifier', 'unit', 'as_of', 'confidence', 'sources', 'definition_en', 'alternatives'],
			(_, f) => [f.id, f.metric, f.label.ko, f.label.en, f.value, f.qualifier, f.unit, String(f.asOf), f.confidence, ids(f.sources), f.definition.en, f.alternatives.map((a) => `${a.value} (${ids(a.sources)})`).join('; ')],
		),
		events: per(
			(i) => i.events,
			['id', 'kind', 'date', 'end_date', 'time_kst', 'label_ko', 'label_en', 'confidence', 'sources'],
			(_, e) => [e.id, e.kind, e.date, e.endDate, e.time, e.label.ko, e.label.en, e.confidence, ids(e.sources)],
		),
		remedies: per(
			(i) => i.remedies,
			['id', 'kind', 'label_ko', 'label_en', 'audience', 'window_start', 'window_end', 'parameters', 'announced_krw', 'announced_years', 'status', 'confidence', 'sources'],
			(_, r) => [r.id, r.kind, r.label.ko, r.label.en, r.audience, r.window?.start, r.window?.end, r.parameters.map((p) => `${p.key}=${p.value} ${p.unit}`).join('; '), r.announcedValue?.value, r.announcedValue?.years, r.status, r.confidence, ids(r.sources)],
		),
		outcomes: per(
			(i) => i.outcomes,
			['id', 'kind', 'period', 'window_start', 'window_end', 'value', 'qualifier', 'unit', 'measure', 'mvno', 'preferred', 'confidence', 'sources'],
			(_, o) => [o.id, o.kind, o.period, o.window.start, o.window.end, o.value, o.qualifier, o.unit, o.basis.measure, o.basis.mvno, o.preferred, o.confidence, ids(o.sources)],
		),
		financials: per(
			(i) => i.financials,
			['id', 'metric', 'period', 'basis', 'value', 'qualifier', 'unit', 'confidence', 'sources'],
			(_, f) => [f.id, f.metric, f.period, f.basis, f.value, f.qualifier, f.unit, f.confidence, ids(f.sources)],
		),
		sources: {
			columns: ['id', 'publisher', 'title', 'url', 'published', 'date_shown', 'language', 'kind'],
			rows: d.sources.map((s) => [s.id, s.publisher, s.title, s.url, s.published, s.dateShown, s.language, s.kind]),
		},
	};
}

/** RFC 4180 CSV with CRLF line ends. */
export function tableToCsv(t: Table): string {
	return formatCsv([t.columns, ...t.rows]);
}
