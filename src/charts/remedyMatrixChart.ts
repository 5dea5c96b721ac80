// Chart 2 — which customer remedies each carrier offered, with their terms.
import * as Plot from '@observablehq/plot';
import type { Incident } from '../schemas/incident.ts';
import type { RemedyKind } from '../schemas/remedy.ts';
import { customerRemedies } from '../lib/remedies/customerRemedies.ts';
import { offeredRemedyKinds } from '../lib/remedies/offeredRemedyKinds.ts';
import { REMEDY_KIND_LABEL } from '../i18n/remedyKinds.ts';
import type { ChartContext, ChartModel } from './types.ts';
import type { RemedyMatrixRow } from './remedyMatrixRow.ts';
import { MUTED, seriesColor } from './palette.ts';
import { legendFor } from './incidentLegend.ts';
import { AUDIENCE_SHORT, remedyCellText, remedyTerms, remedyWindow } from './remedyCellText.ts';
import { clampLines, textWidth, wrapText } from './textFit.ts';
import { remedyMatrixTakeaway } from './remedyMatrixTakeaway.ts';

const FONT = 11;
const LINE = 14;
const MAX_LINES = 5;

/**
 * One row per remedy kind × incident, kinds in REMEDY_KINDS order, only kinds someone offered.
 * Components aimed at the company itself (a possible sales ban filed as `other`) are not customer remedies.
 */
export function remedyMatrixRows(incidents: readonly Incident[], locale: ChartContext['locale']): RemedyMatrixRow[] {
	const offered = incidents.map((inc) => customerRemedies(inc));
	const kinds = offeredRemedyKinds(incidents);
	return kinds.flatMap((kind) =>
		incidents.map((inc, index) => {
			const rs = offered[index]!.filter((r) => r.kind === kind);
			const each = (f: (r: (typeof rs)[number]) => string | null) => rs.map(f).filter(Boolean).join(' / ');
			return {
				kind,
				kindLabel: REMEDY_KIND_LABEL[kind][locale],
				incidentId: inc.id,
				incident: inc.shortName[locale],
				index,
				offered: rs.length > 0,
				remedyIds: rs.map((r) => r.id),
				remedies: each((r) => r.label[locale]),
				audience: each((r) => AUDIENCE_SHORT[r.audience][locale]),
				terms: each((r) => remedyTerms(r, locale)),
				window: each((r) => remedyWindow(r, locale)),
				eligibility: each((r) => r.eligibility[locale]),
				sources: [...new Set(rs.flatMap((r) => r.sources))],
			};
		}),
	);
}

export function remedyMatrixChart(incidents: readonly Incident[], ctx: ChartContext): ChartModel<RemedyMatrixRow> {
	const { locale, width } = ctx;
	const ko = locale === 'ko';
	const rows = remedyMatrixRows(incidents, locale);
	const byKind = (r: RemedyMatrixRow) => r.kind;
	const kinds = [...new Set(rows.map(byKind))];
	const notOffered = ko ? '— 미제공' : '— not offered';
	const marginLeft = Math.min(200, 16 + Math.max(0, ...kinds.map((k) => textWidth(REMEDY_KIND_LABEL[k][locale], FONT))));
	const colWidth = (width - marginLeft - 8) / Math.max(1, incidents.length);
	const fullText = new Map(
		rows.map((r) => [
			r,
			r.offered
				? r.remedyIds
						.map((id) => incidents[r.index]!.remedies.find((x) => x.id === id)!)
						// Several components of one kind (e.g. two waivers for different groups) get a bullet each.
						.map((x, _, all) => (all.length > 1 ? '• ' : '') + remedyCellText(x, locale))
						.join('\n')
				: notOffered,
		]),
	);
	// Long cells are cut with an ellipsis; the description, tips and table keep the full text.
	const cellLines = new Map(rows.map((r) => [r, clampLines(fullText.get(r)!, colWidth - 14, FONT, MAX_LINES)]));
	const rowHeight = Math.max(34, LINE * Math.max(1, ...[...cellLines.values()].map((l) => l.length)) + 14);
	const cellTitle = (r: RemedyMatrixRow) =>
		`${r.incident} · ${r.kindLabel}: ${r.offered ? `${r.remedies} (${fullText.get(r)!.replace(/\n/g, ' ')}). ${r.eligibility}` : notOffered.slice(2)}`;
	const yes = rows.filter((r) => r.offered);
	const no = rows.filter((r) => !r.offered);
	const cellText = { x: 'incidentId', y: 'kind', text: (r: RemedyMatrixRow) => cellLines.get(r)!.join('\n') };
	const textAt = { fontSize: FONT, lineHeight: LINE / FONT, textAnchor: 'start', dx: -colWidth / 2 + 9 } as const;
	return {
		id: 'remedy-matrix',
		title: ko ? '누가 어떤 보상을 내놓았나' : 'Which remedies each carrier offered',
		takeaway: remedyMatrixTakeaway(incidents, rows, locale),
		description:
			(ko ? '표 형태 차트: 행은 보상 종류, 열은 사고. ' : 'Grid chart: rows are remedy kinds, columns are incidents. ') +
			rows.map((r) => `${r.incident} · ${r.kindLabel}: ${r.offered ? fullText.get(r)!.replace(/\n/g, ' ') : notOffered.slice(2)}`).join('; ') +
			'.',
		notes: [
			ko
				? '고객 대상 보상만 모았다. 과징금, 정보보호 투자, 분쟁조정안, 거절된 제안은 빠진다.'
				: 'Customer remedies only: fines, security investment, mediation proposals and rejected offers are left out.',
			ko
				? '칸의 첫머리는 대상을 줄여 쓴 것이다. 자세한 자격 요건은 데이터 표에 있다. 점선 테두리에 “—”로 표시한 칸은 제공하지 않은 보상이다.'
				: 'Each cell starts with who was eligible, in short; the full eligibility is in the data table. Dashed cells marked “—” were not offered.',
		],
		sources: [...new Set(rows.flatMap((r) => r.sources))],
		rows,
		columns: [
			{ key: 'kind', label: { ko: '보상 종류', en: 'Remedy kind' }, value: (r) => r.kind, format: (r) => r.kindLabel },
			{ key: 'incident', label: { ko: '사고', en: 'Incident' }, value: (r) => r.incident },
			{
				key: 'offered',
				label: { ko: '제공', en: 'Offered' },
				value: (r) => (r.offered ? 'yes' : 'no'),
				format: (r, l) => (r.offered ? (l === 'ko' ? '제공' : 'Yes') : l === 'ko' ? '미제공' : 'No'),
			},
			{ key: 'remedies', label: { ko: '보상', en: 'Remedies' }, value: (r) => r.remedies },
			{ key: 'audience', label: { ko: '대상', en: 'Who' }, value: (r) => r.audience },
			{ key: 'terms', label: { ko: '조건', en: 'Terms' }, value: (r) => r.terms },
			{ key: 'window', label: { ko: '기간', en: 'Window' }, value: (r) => r.window },
			{ key: 'eligibility', label: { ko: '자격', en: 'Eligibility' }, value: (r) => r.eligibility },
			{ key: 'sources', label: { ko: '출처', en: 'Sources' }, value: (r) => r.sources.join(' ') },
		],
		plot: {
			width,
			height: 44 + kinds.length * rowHeight,
			marginTop: 36,
			marginBottom: 8,
			marginLeft,
			marginRight: 8,
			ariaLabel: ko ? '사고별 고객 보상 구성 표' : 'Grid of customer remedies by incident',
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
		},
		legend: legendFor(incidents, locale),
		...(rows.length === 0 ? { empty: { reason: ko ? '고객 보상 자료가 없다.' : 'No customer remedies in the data.' } } : {}),
	};
}
