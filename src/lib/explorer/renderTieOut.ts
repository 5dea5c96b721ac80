// Ships to the browser: the tie-out table — modelled costs by quarter beside reported operating profit.
import { formatKrwApprox as formatKrw } from '../format/formatNumber.ts';
import type { Locale } from '../format/locale.ts';
import type { ModelResult } from './modelView.ts';
import { esc, sourceLinks, type SourceLink } from './html.ts';

/**
 * One row per reported quarter: the year-on-year change in operating profit, known items outside
 * the breach, the model's phased breach cost (P50, P5–P95) and what is left unexplained. Fines are
 * flagged because they are not deductible for tax.
 */
export function renderTieOut(result: ModelResult, sources: Readonly<Record<string, SourceLink>>, locale: Locale): string {
	const ko = locale === 'ko';
	const krw = (n: number) => formatKrw(n, locale);
	if (result.tieOut.length === 0) return `<p class="muted">${esc(ko ? '이 사고에는 보고된 분기 실적이 없다.' : 'No reported quarter for this incident.')}</p>`;
	const rows = result.tieOut.map((t) => {
		const other = t.nonBreach.map((n) => `${esc(krw(n.effect))} <span class="muted small">${esc(n.label[locale])} ${sourceLinks(n.sources, sources, locale)}</span>`).join('<br>');
		return `<tr data-quarter="${esc(t.quarter)}"><th scope="row">${esc(t.quarter)}</th>
<td class="num">${esc(krw(t.operatingProfit))}<div class="muted small">${esc(ko ? '1년 전' : 'year before')} ${esc(krw(t.operatingProfitYearBefore))}</div></td>
<td class="num">${esc(krw(t.reportedChange))}</td>
<td class="num">${other || '—'}</td>
<td class="num">${esc(krw(t.modelled.p50))}<div class="muted small">${esc(`${krw(t.modelled.p5)} – ${krw(t.modelled.p95)}`)}</div>${t.nonDeductible > 0 ? `<div class="muted small">${esc(ko ? `과징금 ${krw(t.nonDeductible)}(세금 공제 안 됨)` : `fine ${krw(t.nonDeductible)} (not tax-deductible)`)}</div>` : ''}</td>
<td class="num">${esc(krw(t.unexplained.p50))}<div class="muted small">${esc(`${krw(t.unexplained.p5)} – ${krw(t.unexplained.p95)}`)}</div></td>
<td class="small">${esc(t.note[locale])} ${sourceLinks(t.sources, sources, locale)}${t.comparable ? '' : `<div class="muted">${esc(ko ? '가정 시나리오 값(실제와 대조 대상 아님)' : 'scenario value, not a check against the real package')}</div>`}</td></tr>`;
	});
	return `<table class="tie-out"><caption>${esc(ko ? '분기 영업이익과의 대조' : 'Tie-out with reported operating profit')}</caption>
<thead><tr><th scope="col">${esc(ko ? '분기' : 'Quarter')}</th><th scope="col" class="num">${esc(ko ? '영업이익' : 'Operating profit')}</th><th scope="col" class="num">${esc(ko ? '전년 동기 대비 변화' : 'Change on a year earlier')}</th><th scope="col" class="num">${esc(ko ? '사고와 무관한 알려진 요인' : 'Known items outside the breach')}</th><th scope="col" class="num">${esc(ko ? '모형의 사고 비용(P50)' : 'Modelled breach cost (P50)')}</th><th scope="col" class="num">${esc(ko ? '설명되지 않은 나머지' : 'Unexplained remainder')}</th><th scope="col">${esc(ko ? '읽을 때 주의' : 'Caveats')}</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
<p class="muted small">${esc(
		ko
			? '나머지 = 전년 대비 변화 − 알려진 요인 + 모형의 사고 비용. 음수면 이익이 모형과 알려진 요인이 설명하는 것보다 더 줄었다는 뜻이다. 보안 투자는 대부분 설비 투자라 감가상각으로 여러 해에 걸쳐 반영되므로 넣지 않았다.'
			: 'Remainder = change on a year earlier − known items + modelled breach cost. Negative: profit fell by more than the model and the known items explain. Security spending is left out: most of it is capital spending, which reaches profit only as depreciation over several years.',
	)}</p>`;
}
