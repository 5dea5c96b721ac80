// The timeline's Plot options — every incident's events on one "days since disclosure" axis.
import * as Plot from '@observablehq/plot';
import type { Incident } from '../../schemas/incident.ts';
import { formatDate } from '../../lib/format/formatDate.ts';
import type { ChartContext } from '../shared/types.ts';
import { HALO, MUTED, seriesColor } from '../shared/palette.ts';
import { FONT } from '../shared/chartSize.ts';
import type { KeyEntry } from '../shared/chartKey.ts';
import { textWidth } from '../shared/textFit.ts';
import { ticksThatFit } from '../shared/tickFit.ts';
import { planLabels } from './labels.ts';
import { timelineDomain, windowLanes, type TimelineRow } from './rows.ts';
import { timelineText } from './messages.ts';
import { EVENT_GROUPS, WINDOW_SYMBOL, symbolOf } from './symbols.ts';

/** Key to the event shapes the chart draws and to the window bars. */
export function timelineKey(rows: readonly TimelineRow[], locale: ChartContext['locale']): KeyEntry[] {
	const visible = rows.filter((r) => r.shown !== 'outside');
	const groups = EVENT_GROUPS.filter((g) => visible.some((r) => r.endDay === null && g.kinds.includes(r.kind)));
	return [
		...groups.map((g): KeyEntry => ({ label: timelineText(locale, `chart.timeline.group.${g.id}`), color: MUTED, shape: { symbol: g.symbol } })),
		...(visible.some((r) => r.endDay !== null) ? [{ label: timelineText(locale, 'chart.timeline.key.period'), color: MUTED, shape: { symbol: WINDOW_SYMBOL } } satisfies KeyEntry] : []),
	];
}

const LABEL_LANES = 2;
const LABEL_H = 18;
const SYMBOL_H = 16;
const WINDOW_H = 18;
const MARGIN_RIGHT = 20;
const MARGIN_TOP = 12;

export function timelinePlot(incidents: readonly Incident[], rows: readonly TimelineRow[], ctx: ChartContext): Plot.PlotOptions {
	const { locale, width } = ctx;
	const visible = rows.filter((r) => r.shown !== 'outside');
	const [lo, hiRaw] = timelineDomain(visible);
	const hi = Math.max(hiRaw, lo + 30);
	const lanes = windowLanes(rows);
	const windowCount = Math.max(1, ...[...lanes.values()].map((l) => l + 1));
	const band = 4 + LABEL_LANES * LABEL_H + SYMBOL_H + windowCount * WINDOW_H + 8;
	const top = -band / 2;
	const markY = 4 + LABEL_LANES * LABEL_H + SYMBOL_H / 2;
	const tickText = (id: string) => {
		const inc = incidents.find((i) => i.id === id);
		return inc ? timelineText(locale, 'chart.timeline.axis.incident', { incident: inc.shortName[locale], date: formatDate(inc.disclosureDate, locale) }) : id;
	};
	const marginLeft = 14 + Math.max(40, ...incidents.flatMap((i) => tickText(i.id).split('\n').map((t) => textWidth(t, FONT))));
	const px = (day: number) => marginLeft + ((day - lo) / (hi - lo)) * (width - marginLeft - MARGIN_RIGHT);
	const clip = (r: TimelineRow) => ({ x1: Math.max(lo, r.day), x2: Math.min(hi, r.endDay ?? r.day) });

	const plan = planLabels(
		incidents.map((i) => i.id),
		visible,
		{ px, clip, windowLane: lanes, bounds: [marginLeft - 4, width], lanes: LABEL_LANES, fontSize: FONT },
	);

	const marginTop = MARGIN_TOP;

	const title = (r: TimelineRow) =>
		`${r.incident} · ${r.label} (${r.kindLabel}): ${formatDate(r.date, locale)}${r.endDate ? `~${formatDate(r.endDate, locale)}` : ''}, ` +
		(r.day >= 0 ? timelineText(locale, 'chart.timeline.tip.after', { days: r.day }) : timelineText(locale, 'chart.timeline.tip.before', { days: -r.day }));
	const points = visible.filter((r) => r.endDay === null);
	const windows = visible.filter((r) => r.endDay !== null);
	const colorOf = (r: TimelineRow) => seriesColor(r.index);
	return {
		width,
		height: marginTop + 40 + incidents.length * band,
		marginTop,
		marginLeft,
		marginRight: MARGIN_RIGHT,
		marginBottom: 40,
		ariaLabel: timelineText(locale, 'chart.timeline.ariaLabel'),
		x: {
			domain: [lo, hi],
			label: timelineText(locale, 'chart.timeline.axis.x'),
			labelAnchor: 'center',
			tickFormat: (d: number) => (d > 0 ? `+${d}` : `${d}`),
			ticks: ticksThatFit(width - marginLeft - MARGIN_RIGHT, textWidth(`+${hi}`, FONT)),
			grid: true,
		},
		y: { domain: incidents.map((i) => i.id), tickFormat: tickText, label: null, tickSize: 0, padding: 0 },
		marks: [
			Plot.ruleX([0], { stroke: MUTED, strokeDasharray: '3,3' }),
			...Array.from({ length: windowCount }, (_, lane) => {
				const inLane = windows.filter((r) => lanes.get(r) === lane);
				const insetTop = 4 + LABEL_LANES * LABEL_H + SYMBOL_H + lane * WINDOW_H + 1;
				const arrow = { y: 'incidentId', dy: top + insetTop + (WINDOW_H - 2) / 2, fontSize: FONT, fill: 'currentColor' } as const;
				return [
					Plot.barX(inLane, { x1: (r: TimelineRow) => clip(r).x1, x2: (r: TimelineRow) => clip(r).x2, y: 'incidentId', fill: colorOf, insetTop, insetBottom: band - insetTop - (WINDOW_H - 2), title }),
					// Arrows mark a window that runs on past the edge of the axis.
					Plot.text(inLane.filter((r) => r.endDay! > hi), { ...arrow, x: hi, text: () => '→', textAnchor: 'start', dx: 2 }),
					Plot.text(inLane.filter((r) => r.day < lo), { ...arrow, x: lo, text: () => '←', textAnchor: 'end', dx: -2 }),
					...inLane
						.filter((r) => plan.beside.has(r))
						.map((r) => {
							const after = plan.beside.get(r) === 'start';
							return Plot.text([r], { ...arrow, ...HALO, x: () => (after ? clip(r).x2 : clip(r).x1), text: 'kindLabel', textAnchor: after ? 'start' : 'end', dx: after ? 4 : -4 });
						}),
				];
			}).flat(),
			Plot.dot(points, { x: 'day', y: 'incidentId', dy: top + markY, symbol: (r: TimelineRow) => symbolOf(r.kind), r: 4, fill: colorOf, stroke: colorOf, fillOpacity: 0.5, title }),
			...[...plan.above].map(([r, { lane, side }]) => {
				const labelY = 4 + (LABEL_LANES - 1 - lane) * LABEL_H + LABEL_H / 2;
				const at = { x: clip(r).x1, y1: r.incidentId, y2: r.incidentId };
				// A hairline from the label down to its mark, so the label reads as belonging to it.
				return [
					Plot.ruleX([at], { x: 'x', y1: 'y1', y2: 'y2', insetTop: labelY + LABEL_H / 2 - 1, insetBottom: band - markY + 5, stroke: MUTED, strokeWidth: 0.75 }),
					Plot.text([r], { x: () => at.x, y: 'incidentId', dy: top + labelY, text: 'kindLabel', textAnchor: side, dx: side === 'start' ? 2 : -2, fontSize: FONT, fill: 'currentColor' }),
				];
			}).flat(),
		],
	};
}
