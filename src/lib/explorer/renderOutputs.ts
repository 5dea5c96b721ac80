// Ships to the browser: the explorer's results as HTML, rendered the same way at build time (the
// default scenario, readable before any script runs) and in the island (every change).
import { formatKrwApprox as formatKrw, formatUsd, formatExact } from '../format/formatNumber.ts';
import { formatModelValue } from '../format/formatModelValue.ts';
import type { Locale } from '../format/locale.ts';
import {
	BLOCK_LABELS,
	COMPONENTS,
	TOTAL_LABELS,
	incidentLabel,
	renderFormula,
	totalOf,
	type BandStats,
	type ModelInputs,
	type ModelResult,
	type Scenario,
} from './modelView.ts';
import { esc, sourceLinks, type SourceLink } from './html.ts';

export interface OutputContext {
	inputs: ModelInputs;
	sources: Readonly<Record<string, SourceLink>>;
	locale: Locale;
}

const range = (s: { p5: number; p95: number }, f: (n: number) => string) => `${f(s.p5)} – ${f(s.p95)}`;

/**
 * The headline: the cost of the remedy and the total cost of the breach as simulated medians with
 * P5–P95, the independent band beside the perfectly correlated one; pending sanctions and the
 * security increment beside the total, never inside it; then each block.
 */
export function renderSummary(result: ModelResult, scenario: Scenario, ctx: OutputContext): string {
	const { locale, inputs } = ctx;
	const ko = locale === 'ko';
	const krw = (n: number) => formatKrw(n, locale);
	const name = incidentLabel(inputs, scenario, locale);
	const remedy = totalOf(result, 'remedy');
	const breach = totalOf(result, 'breach');
	const row = (label: string, s: BandStats, id: string) =>
		`<tr data-total="${esc(id)}"><th scope="row">${esc(label)}</th><td class="num">${esc(krw(s.p50))}</td><td class="num">${esc(range(s, krw))}</td><td class="num">${esc(range(s.comonotonic, krw))}</td><td class="num muted">${esc(krw(s.central))}</td></tr>`;
	const totals = result.totals.map((t) => row(TOTAL_LABELS[t.id][locale], t.cost, t.id)).join('');
	const blocks = result.blocks.map((b) => row(BLOCK_LABELS[b.id][locale], b.cost, `block-${b.id}`)).join('');
	return `<p class="model-scenario" data-out="scenario">${esc(name)}</p>
<p class="big" data-out="total">${esc(krw(remedy.cost.p50))}</p>
<p data-out="total-detail">${esc(
		ko
			? `보상 비용(고객 보상 블록)의 모의실험 중앙값(P50). ${formatExact(result.draws, locale)}번 추출의 P5–P95는 ${range(remedy.cost, krw)}, 약 ${formatUsd(remedy.usd.p50, locale)}(${inputs.usd.period}년 평균 환율 ${formatExact(inputs.usd.krwPerUsd, locale)}원). 잃은 고객과 확정된 제재를 더한 사고 총비용은 P50 ${krw(breach.cost.p50)}(P5–P95 ${range(breach.cost, krw)}).`
			: `Cost of the remedy (the customer-remedies block), the simulated median (P50). P5–P95 of ${formatExact(result.draws, locale)} draws: ${range(remedy.cost, krw)}; about ${formatUsd(remedy.usd.p50, locale)} at the ${inputs.usd.period} average of ₩${formatExact(inputs.usd.krwPerUsd, locale)} per dollar. With customers lost and decided sanctions, the total cost of the breach is ${krw(breach.cost.p50)} at P50 (P5–P95 ${range(breach.cost, krw)}).`,
	)} ${sourceLinks(inputs.usd.sources, ctx.sources, locale)}</p>
<table class="totals"><caption>${esc(ko ? '헤드라인 합계와 블록' : 'Headline totals and blocks')}</caption>
<thead><tr><th scope="col">${esc(ko ? '항목' : 'Item')}</th><th scope="col" class="num">P50</th><th scope="col" class="num">${esc(ko ? 'P5–P95(입력 독립)' : 'P5–P95 (independent inputs)')}</th><th scope="col" class="num">${esc(ko ? 'P5–P95(입력 완전 상관)' : 'P5–P95 (inputs perfectly correlated)')}</th><th scope="col" class="num">${esc(ko ? '모든 입력 중앙값일 때' : 'All inputs central')}</th></tr></thead>
<tbody>${totals}${blocks}</tbody></table>
<p class="muted">${esc(
		ko
			? '미확정 제재·배상과 보안 투자 증분은 사고 총비용 옆에 보일 뿐 더하지 않는다. 범위는 가정의 불확실성을 보여 줄 뿐 통계적 신뢰구간이 아니다. 입력이 서로 독립이라고 본 범위 옆에, 모든 입력이 같은 백분위에 함께 놓이는(완전 상관) 경우의 범위를 함께 적었다.'
			: 'Pending fines and claims and the security increment are shown beside the total cost of the breach, never added to it. Ranges show the spread of the assumptions, not a statistical confidence interval. Beside the range with independent inputs is the range when every input sits at the same percentile (perfectly correlated).',
	)}</p>`;
}

/** Itemised cost per component, grouped by block, with its range, retail value and the formula filled in. */
export function renderItemised(result: ModelResult, scenario: Scenario, ctx: OutputContext): string {
	const { locale, inputs } = ctx;
	const ko = locale === 'ko';
	const krw = (n: number) => formatKrw(n, locale);
	const units = new Map(inputs.parameters.map((p) => [p.key, p.unit]));
	const rows = result.components.map((c) => {
		const spec = COMPONENTS.find((s) => s.id === c.id)!;
		const formula = renderFormula(spec.formula, (key) => formatModelValue(scenario.values[key], units.get(key)!, locale));
		return `<tr data-component="${esc(c.id)}" class="${c.enabled ? '' : 'off'}">
<th scope="row">${esc(spec.label[locale])}<div class="muted small">${esc(BLOCK_LABELS[c.block][locale])}</div><details class="small"><summary>${esc(ko ? '계산(모든 입력 중앙값)' : 'Computation (all inputs central)')}</summary><code data-formula="${esc(c.id)}">${esc(formula)} = ${esc(krw(c.cost.central))}</code></details></th>
<td class="num" data-cell="p50">${c.enabled ? esc(krw(c.cost.p50)) : esc(ko ? '꺼짐' : 'off')}</td>
<td class="num" data-cell="range">${c.enabled ? esc(range(c.cost, krw)) : '—'}</td>
<td class="num" data-cell="retail">${c.enabled && c.retailValue !== null ? esc(krw(c.retailValue)) : '—'}</td>
</tr>`;
	});
	const remedy = totalOf(result, 'remedy').cost;
	return `<table class="itemised">
<caption>${esc(ko ? '항목별 추정 비용' : 'Estimated cost by component')}</caption>
<thead><tr><th scope="col">${esc(ko ? '항목' : 'Component')}</th><th scope="col" class="num">${esc(ko ? '비용(P50)' : 'Cost (P50)')}</th><th scope="col" class="num">P5–P95</th><th scope="col" class="num">${esc(ko ? '소매가 기준 가치' : 'Value at retail prices')}</th></tr></thead>
<tbody>${rows.join('\n')}</tbody>
<tfoot><tr><th scope="row">${esc(TOTAL_LABELS.remedy[locale])}</th><td class="num" data-cell="total">${esc(krw(remedy.p50))}</td><td class="num">${esc(range(remedy, krw))}</td><td class="num">${esc(krw(result.retailTotal))}</td></tr></tfoot>
</table>`;
}

/** Each remedy per person or line who received it, and the headline totals as a share of revenue and profit. */
export function renderNormalised(result: ModelResult, ctx: OutputContext): string {
	const { locale } = ctx;
	const ko = locale === 'ko';
	const rows = result.normalised.map((n) => {
		const f = (v: number) => (n.measure === 'percent' ? `${formatExact(v, locale, 1)}%` : formatKrw(v, locale));
		return `<tr data-norm="${esc(n.kind)}"><th scope="row">${esc(n.label[locale])}<div class="muted small">${esc(n.definition[locale])} ${sourceLinks(n.sources, ctx.sources, locale)}</div></th>
<td class="num">${esc(f(n.value.p50))}</td><td class="num">${esc(range(n.value, f))}</td><td class="num">${n.usd ? esc(formatUsd(n.usd.p50, locale)) : '—'}</td></tr>`;
	});
	return `<table class="normalised"><caption>${esc(ko ? '단위당 비용' : 'Cost per unit')}</caption>
<thead><tr><th scope="col">${esc(ko ? '기준' : 'Denominator')}</th><th scope="col" class="num">P50</th><th scope="col" class="num">P5–P95</th><th scope="col" class="num">USD</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}

/** Model P50 beside what the company said and what the press estimated, with the reason. */
export function renderReconciliation(result: ModelResult, ctx: OutputContext): string {
	const { locale } = ctx;
	const ko = locale === 'ko';
	const krw = (n: number) => formatKrw(n, locale);
	const fig = (p: { value: number; by: { ko: string; en: string }; sources: string[] } | null) =>
		p ? `${esc(krw(p.value))}<div class="muted small">${esc(p.by[locale])} ${sourceLinks(p.sources, ctx.sources, locale)}</div>` : '—';
	const rows = result.reconciliation.map(
		(r) => `<tr data-rec="${esc(r.id)}"><th scope="row">${esc(r.label[locale])}</th>
<td class="num">${esc(krw(r.model.p50))}<div class="muted small">${esc(range(r.model, krw))}</div>${r.comparable ? '' : `<div class="muted small">${esc(ko ? '시나리오 값(비교 대상 아님)' : 'scenario value, not a calibration check')}</div>`}</td>
<td class="num">${fig(r.stated)}</td><td class="num">${fig(r.press)}</td>
<td class="num">${r.ratioToStated !== null ? esc(`${formatExact(r.ratioToStated * 100, locale, 0)}%`) : r.ratioToPress !== null ? esc(`${formatExact(r.ratioToPress * 100, locale, 0)}%`) : '—'}</td>
<td>${esc(r.reason[locale])}</td></tr>`,
	);
	return `<table class="reconciliation"><caption>${esc(ko ? '발표·보도 수치와의 대조' : 'Reconciliation with stated and reported figures')}</caption>
<thead><tr><th scope="col">${esc(ko ? '항목' : 'Item')}</th><th scope="col" class="num">${esc(ko ? '모델(P50, P5–P95)' : 'Model (P50, P5–P95)')}</th><th scope="col" class="num">${esc(ko ? '회사 발표' : 'Company stated')}</th><th scope="col" class="num">${esc(ko ? '언론·업계 추정' : 'Press estimate')}</th><th scope="col" class="num">${esc(ko ? '모델÷발표' : 'Model ÷ public')}</th><th scope="col">${esc(ko ? '차이의 이유' : 'Why they differ')}</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}
