// Ships to the browser: the explorer's results as HTML, rendered the same way at build time (the
// default scenario, readable before any script runs) and in the island (every change).
import { formatKrwApprox as formatKrw, formatUsd, formatExact } from '../format/formatNumber.ts';
import { formatModelValue } from '../format/formatModelValue.ts';
import type { Locale } from '../format/locale.ts';
import {
	CATEGORY_LABELS,
	COMPONENTS,
	incidentLabel,
	renderFormula,
	type ModelInputs,
	type ModelResult,
	type Scenario,
	type Stats,
} from './modelView.ts';
import { esc, sourceLinks, type SourceLink } from './html.ts';

export interface OutputContext {
	inputs: ModelInputs;
	sources: Readonly<Record<string, SourceLink>>;
	locale: Locale;
}

const range = (s: Stats, f: (n: number) => string) => `${f(s.p5)} – ${f(s.p95)}`;

/** The headline: total central, its P5–P95 and median, in won and dollars. */
export function renderSummary(result: ModelResult, scenario: Scenario, ctx: OutputContext): string {
	const { locale, inputs } = ctx;
	const ko = locale === 'ko';
	const krw = (n: number) => formatKrw(n, locale);
	const name = incidentLabel(inputs, scenario, locale);
	return `<p class="model-scenario" data-out="scenario">${esc(name)}</p>
<p class="big" data-out="total">${esc(krw(result.total.central))}</p>
<p data-out="total-detail">${esc(
		ko
			? `모든 가정을 중앙값에 둔 비용. ${formatExact(result.draws, locale)}번 모의실험의 5~95% 범위는 ${range(result.total, krw)}, 중앙값(P50)은 ${krw(result.total.p50)}. 약 ${formatUsd(result.totalUsd.central, locale)}(${inputs.usd.period}년 평균 환율 ${formatExact(inputs.usd.krwPerUsd, locale)}원).`
			: `Cost with every assumption at its central value. Across ${formatExact(result.draws, locale)} simulated draws the 5th–95th percentile range is ${range(result.total, krw)} and the median (P50) ${krw(result.total.p50)}. About ${formatUsd(result.totalUsd.central, locale)} at the ${inputs.usd.period} average of ₩${formatExact(inputs.usd.krwPerUsd, locale)} per dollar.`,
	)} ${sourceLinks(inputs.usd.sources, ctx.sources, locale)}</p>
<p class="muted">${esc(
		ko
			? '중앙값 계산과 모의실험 중앙값(P50)은 다르다. 대부분의 가정은 높은 쪽 꼬리가 길고 공식이 서로 곱해지기 때문이다. 범위는 가정의 불확실성을 보여 줄 뿐 통계적 신뢰구간이 아니다.'
			: 'The all-central figure and the simulated median (P50) differ because most assumptions have long upper tails and the formulas multiply them. The range shows the spread of the assumptions, not a statistical confidence interval.',
	)}</p>`;
}

/** Itemised cost per component with its range, retail value and the formula filled in. */
export function renderItemised(result: ModelResult, scenario: Scenario, ctx: OutputContext): string {
	const { locale, inputs } = ctx;
	const ko = locale === 'ko';
	const krw = (n: number) => formatKrw(n, locale);
	const units = new Map(inputs.parameters.map((p) => [p.key, p.unit]));
	const rows = result.components.map((c) => {
		const spec = COMPONENTS.find((s) => s.id === c.id)!;
		const formula = renderFormula(spec.formula, (key) => formatModelValue(scenario.values[key], units.get(key)!, locale));
		const parts = c.parts
			.map((p) => {
				const part = spec.parts.find((x) => x.id === p.id)!;
				return `<li>${esc(part.label[locale])}: ${esc(krw(p.central))} <span class="muted">(${esc(renderFormula(part.formula, (key) => formatModelValue(scenario.values[key], units.get(key)!, locale)))})</span></li>`;
			})
			.join('');
		return `<tr data-component="${esc(c.id)}" class="${c.enabled ? '' : 'off'}">
<th scope="row">${esc(spec.label[locale])}<div class="muted small">${esc(CATEGORY_LABELS[c.category][locale])}</div><details class="small"><summary>${esc(ko ? '계산' : 'Computation')}</summary><code data-formula="${esc(c.id)}">${esc(formula)} = ${esc(krw(c.cost.central))}</code>${parts ? `<ul>${parts}</ul>` : ''}</details></th>
<td class="num" data-cell="central">${c.enabled ? esc(krw(c.cost.central)) : esc(ko ? '꺼짐' : 'off')}</td>
<td class="num" data-cell="range">${c.enabled ? esc(range(c.cost, krw)) : '—'}</td>
<td class="num" data-cell="retail">${c.enabled && c.retailValue !== null ? esc(krw(c.retailValue)) : '—'}</td>
</tr>`;
	});
	return `<table class="itemised">
<caption>${esc(ko ? '항목별 추정 비용' : 'Estimated cost by component')}</caption>
<thead><tr><th scope="col">${esc(ko ? '항목' : 'Component')}</th><th scope="col" class="num">${esc(ko ? '비용(중앙값)' : 'Cost (central)')}</th><th scope="col" class="num">P5–P95</th><th scope="col" class="num">${esc(ko ? '소매가 기준 가치' : 'Value at retail prices')}</th></tr></thead>
<tbody>${rows.join('\n')}</tbody>
<tfoot><tr><th scope="row">${esc(ko ? '합계' : 'Total')}</th><td class="num" data-cell="total">${esc(krw(result.total.central))}</td><td class="num">${esc(range(result.total, krw))}</td><td class="num">${esc(krw(result.retailTotal))}</td></tr></tfoot>
</table>`;
}

/** The total per record / person / line / customer / leaver and as a share of revenue and profit. */
export function renderNormalised(result: ModelResult, ctx: OutputContext): string {
	const { locale } = ctx;
	const ko = locale === 'ko';
	const rows = result.normalised.map((n) => {
		const f = (v: number) => (n.measure === 'percent' ? `${formatExact(v, locale, 1)}%` : formatKrw(v, locale));
		return `<tr data-norm="${esc(n.kind)}"><th scope="row">${esc(n.label[locale])}<div class="muted small">${esc(n.definition[locale])} ${sourceLinks(n.sources, ctx.sources, locale)}</div></th>
<td class="num">${esc(f(n.value.central))}</td><td class="num">${esc(range(n.value, f))}</td><td class="num">${n.usd ? esc(formatUsd(n.usd.central, locale)) : '—'}</td></tr>`;
	});
	return `<table class="normalised"><caption>${esc(ko ? '단위당 비용' : 'Cost per unit')}</caption>
<thead><tr><th scope="col">${esc(ko ? '기준' : 'Denominator')}</th><th scope="col" class="num">${esc(ko ? '중앙값' : 'Central')}</th><th scope="col" class="num">P5–P95</th><th scope="col" class="num">USD</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}

/** Model central beside what the company said and what the press estimated, with the reason. */
export function renderReconciliation(result: ModelResult, ctx: OutputContext): string {
	const { locale } = ctx;
	const ko = locale === 'ko';
	const krw = (n: number) => formatKrw(n, locale);
	const fig = (p: { value: number; by: { ko: string; en: string }; sources: string[] } | null) =>
		p ? `${esc(krw(p.value))}<div class="muted small">${esc(p.by[locale])} ${sourceLinks(p.sources, ctx.sources, locale)}</div>` : '—';
	const rows = result.reconciliation.map(
		(r) => `<tr data-rec="${esc(r.id)}"><th scope="row">${esc(r.label[locale])}</th>
<td class="num">${esc(krw(r.model.central))}${r.comparable ? '' : `<div class="muted small">${esc(ko ? '시나리오 값(비교 대상 아님)' : 'scenario value, not a calibration check')}</div>`}</td>
<td class="num">${fig(r.stated)}</td><td class="num">${fig(r.press)}</td>
<td class="num">${r.ratioToStated !== null ? esc(`${formatExact(r.ratioToStated * 100, locale, 0)}%`) : r.ratioToPress !== null ? esc(`${formatExact(r.ratioToPress * 100, locale, 0)}%`) : '—'}</td>
<td>${esc(r.reason[locale])}</td></tr>`,
	);
	return `<table class="reconciliation"><caption>${esc(ko ? '발표·보도 수치와의 대조' : 'Reconciliation with stated and reported figures')}</caption>
<thead><tr><th scope="col">${esc(ko ? '항목' : 'Item')}</th><th scope="col" class="num">${esc(ko ? '모델(중앙값)' : 'Model (central)')}</th><th scope="col" class="num">${esc(ko ? '회사 발표' : 'Company stated')}</th><th scope="col" class="num">${esc(ko ? '언론·업계 추정' : 'Press estimate')}</th><th scope="col" class="num">${esc(ko ? '모델÷발표' : 'Model ÷ public')}</th><th scope="col">${esc(ko ? '차이의 이유' : 'Why they differ')}</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}
