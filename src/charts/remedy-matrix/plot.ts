// The remedy matrix's Plot options — a grid of kinds × incidents with each cell's terms.
import * as Plot from '@observablehq/plot';
import type { Incident } from '../../schemas/incident.ts';
import type { RemedyKind } from '../../schemas/remedy.ts';
import { REMEDY_KIND_LABEL } from '../../i18n/remedyKinds.ts';
import type { ChartContext } from '../shared/types.ts';
import { MUTED, seriesColor } from '../shared/palette.ts';
import { FONT, isNarrow } from '../shared/chartSize.ts';
import { clampLines, textWidth, wrapText } from '../shared/textFit.ts';
import type { RemedyMatrixRow } from './rows.ts';
import { cellFullText, notOffered } from './captions.ts';
import { remedyMatrixText } from './messages.ts';

const LINE = 17;
const MAX_LINES = 5;

export function remedyMatrixPlot(incidents: readonly Incident[], rows: readonly RemedyMatrixRow[], ctx: ChartContext): Plot.PlotOptions {
	const { locale, width } = ctx;
	const kinds = [...new Set(rows.map((r) => r.kind))];
	// On a phone the kind labels wrap into a narrow column, leaving the cells most of the width.
	const marginLeft = Math.min(isNarrow(width) ? 96 : 200, 16 + Math.max(0, ...kinds.map((k) => textWidth(REMEDY_KIND_LABEL[k][locale], FONT))));
	const colWidth = (width - marginLeft - 8) / Math.max(1, incidents.length);
	const fullText = new Map(rows.map((r) => [r, cellFullText(r, incidents, locale)]));
	// Long cells are cut with an ellipsis; the description, tips and table keep the full text.
	const cellLines = new Map(rows.map((r) => [r, clampLines(fullText.get(r)!, colWidth - 14, FONT, MAX_LINES)]));
	const rowHeight = Math.max(34, LINE * Math.max(1, ...[...cellLines.values()].map((l) => l.length)) + 14);
	const cellTitle = (r: RemedyMatrixRow) =>
		`${r.incident} · ${r.kindLabel}: ${r.offered ? `${r.remedies} (${fullText.get(r)!.replace(/\n/g, ' ')}). ${r.eligibility}` : notOffered(locale)}`;
	const yes = rows.filter((r) => r.offered);
	const no = rows.filter((r) => !r.offered);
	const cellText = { x: 'incidentId', y: 'kind', text: (r: RemedyMatrixRow) => cellLines.get(r)!.join('\n') };
	const textAt = { fontSize: FONT, lineHeight: LINE / FONT, textAnchor: 'start', dx: -colWidth / 2 + 9 } as const;
	return {
		width,
		height: 44 + kinds.length * rowHeight,
		marginTop: 36,
		marginBottom: 8,
		marginLeft,
		marginRight: 8,
		ariaLabel: remedyMatrixText(locale, 'chart.remedy-matrix.ariaLabel'),
		x: {
			domain: incidents.map((i) => i.id),
			tickFormat: (id: string) => incidents.find((i) => i.id === id)?.shortName[locale] ?? id,
			axis: 'top',
			label: null,
			tickSize: 0,
			padding: 0,
		},
		y: {
			domain: kinds,
			tickFormat: (k: RemedyKind) => wrapText(REMEDY_KIND_LABEL[k][locale], marginLeft - 14, FONT).join('\n'),
			label: null,
			tickSize: 0,
			padding: 0,
		},
		marks: [
			Plot.cell(yes, { x: 'incidentId', y: 'kind', inset: 2, fill: (r) => seriesColor(r.index), fillOpacity: 0.1, stroke: (r) => seriesColor(r.index), title: cellTitle }),
			Plot.cell(no, { x: 'incidentId', y: 'kind', inset: 2, fill: 'none', stroke: MUTED, strokeDasharray: '4,3', title: cellTitle }),
			Plot.text(yes, { ...cellText, ...textAt, fill: 'currentColor' }),
			Plot.text(no, { ...cellText, ...textAt, fill: MUTED, fontStyle: 'italic' }),
		],
	};
}
