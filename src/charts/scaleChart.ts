// Chart 1 — scale of each breach in records, people and subscriber lines.
import * as Plot from '@observablehq/plot';
import type { Incident } from '../schemas/incident.ts';
import type { Metric } from '../schemas/figure.ts';
import type { Unit } from '../schemas/common.ts';
import { figureFor } from '../lib/data/queries.ts';
import { peopleRatio } from '../lib/incidents/peopleRatio.ts';
import { formatExact, formatValue } from '../lib/format/formatNumber.ts';
import type { ChartContext, ChartModel } from './types.ts';
import { seriesColor } from './palette.ts';

export interface ScaleRow {
	incidentId: string;
	incident: string;
	metric: Metric;
	measure: string;
	value: number;
	unit: Unit;
	asOf: string;
	sources: string[];
}

const MEASURES: readonly { metric: Metric; ko: string; en: string }[] = [
	{ metric: 'records-leaked', ko: '유출 기록', en: 'Records leaked' },
	{ metric: 'people-affected', ko: '피해자(사람)', en: 'People affected' },
	{ metric: 'subscriber-lines', ko: '가입 회선', en: 'Subscriber lines' },
];

function scaleRows(incidents: readonly Incident[], locale: ChartContext['locale']): ScaleRow[] {
	return incidents.flatMap((inc) =>
		MEASURES.flatMap((m) => {
			const f = figureFor(inc, m.metric);
			if (!f) return [];
			return [
				{
					incidentId: inc.id,
					incident: inc.shortName[locale],
					metric: m.metric,
					measure: m[locale],
					value: f.value,
					unit: f.unit,
					asOf: String(f.asOf),
					sources: f.sources,
				},
			];
		}),
	);
}

export function scaleChart(incidents: readonly Incident[], ctx: ChartContext): ChartModel<ScaleRow> {
	const { locale, width } = ctx;
	const ko = locale === 'ko';
	const rows = scaleRows(incidents, locale);
	const label = (r: ScaleRow) => `${r.incident} · ${r.measure}`;
	const order = rows.map(label);
	const colorOf = new Map(incidents.map((inc, i) => [inc.shortName[locale], seriesColor(i)]));
	const base = (type: 'log' | 'linear'): Plot.PlotOptions => ({
		width,
		height: 40 + rows.length * 34,
		marginLeft: ko ? 130 : 170,
		marginRight: 150,
		x: {
			type,
			label: ko ? '개수 (로그 눈금)' : 'Count (log scale)',
			...(type === 'linear' ? { label: ko ? '개수' : 'Count' } : {}),
			tickFormat: (d: number) => (type === 'log' ? formatLogTick(d, locale) : formatValue(d, 'count', locale)),
			ticks: type === 'log' ? 5 : 4,
			grid: true,
		},
		y: { domain: order, label: null },
		ariaLabel: ko ? '유출 규모 막대 차트' : 'Breach scale bar chart',
		marks: [
			Plot.barX(rows, {
				x1: type === 'log' ? 1 : 0,
				x2: 'value',
				y: label,
				fill: (r: ScaleRow) => colorOf.get(r.incident),
				title: (r: ScaleRow) => `${label(r)}: ${formatExact(r.value, locale)}`,
			}),
			Plot.text(rows, {
				x: 'value',
				y: label,
				text: (r: ScaleRow) => formatValue(r.value, r.unit, locale),
				textAnchor: 'start',
				dx: 4,
				fill: 'currentColor',
			}),
			Plot.ruleX([type === 'log' ? 1 : 0]),
		],
	});
	const people = peopleRatio(incidents);
	const max = people?.largest.incident.shortName[locale];
	const min = people?.smallest.incident.shortName[locale];
	const ratio = people && Math.round(people.ratio);
	const takeaway = ratio
		? ko
			? `사람 수로 비교하면 ${max} 피해자는 ${min}의 약 ${formatExact(ratio, locale, 0)}배다. 기록 수는 사람 수가 아니다.`
			: `Counting people, ${max}’s breach touched about ${formatExact(ratio, locale, 0)} times as many as ${min}’s; a record is not a person.`
		: ko
			? '사고별 유출 규모를 단위별로 나눠 보여준다.'
			: 'Each breach’s scale, with records, people and lines kept apart.';
	const description = rows.map((r) => `${label(r)}: ${formatValue(r.value, r.unit, locale)} (${r.asOf})`).join('; ');
	return {
		id: 'scale',
		title: ko ? '유출 규모: 기록·사람·회선' : 'Breach scale: records, people and lines',
		takeaway,
		description: (ko ? '막대 차트. ' : 'Bar chart. ') + description + '.',
		notes: [
			ko
				? '기록(IMSI 기준 유심 항목)·사람·회선은 서로 다른 단위이므로 더하거나 바꿔 쓰지 않는다.'
				: 'Records (IMSI-keyed USIM entries), people and subscriber lines are different units; they are never added or swapped.',
			ko
				? '로그 눈금은 1,000배 넘는 차이를 한 화면에 담기 위한 것이다. 선형 눈금에서는 작은 막대가 보이지 않을 수 있다.'
				: 'The log scale fits a gap of more than 1,000× on one axis; on the linear scale the smallest bars can vanish.',
		],
		sources: [...new Set(rows.flatMap((r) => r.sources))],
		rows,
		columns: [
			{ key: 'incident', label: { ko: '사고', en: 'Incident' }, value: (r) => r.incident },
			{ key: 'measure', label: { ko: '측정', en: 'Measure' }, value: (r) => r.measure },
			{
				key: 'value',
				label: { ko: '값', en: 'Value' },
				value: (r) => r.value,
				format: (r, l) => formatExact(r.value, l),
				numeric: true,
			},
			{ key: 'unit', label: { ko: '단위', en: 'Unit' }, value: (r) => r.unit },
			{ key: 'asOf', label: { ko: '기준일', en: 'As of' }, value: (r) => r.asOf },
			{ key: 'sources', label: { ko: '출처', en: 'Sources' }, value: (r) => r.sources.join(' ') },
		],
		plot: base('log'),
		views: [
			{
				id: 'linear',
				label: ko ? '선형 눈금' : 'Linear scale',
				note: ko ? '선형 눈금: 막대 길이가 실제 크기에 비례한다.' : 'Linear scale: bar length is proportional to the count.',
				plot: base('linear'),
			},
		],
		...(rows.length === 0 ? { empty: { reason: ko ? '규모 수치가 없다.' : 'No scale figures in the data.' } } : {}),
	};
}

function formatLogTick(d: number, locale: ChartContext['locale']): string {
	if (!Number.isFinite(d) || d <= 0) return '0';
	const log = Math.log10(d);
	// On a log axis label only powers of ten; other ticks stay unlabelled.
	if (Math.abs(log - Math.round(log)) > 1e-9) return '';
	return formatValue(d, 'count', locale);
}
