// Ships to the browser: the tie-out table — modelled costs by quarter beside reported operating profit.
import { formatKrwApprox as formatKrw } from '../format/formatNumber.ts';
import type { Locale } from '../format/locale.ts';
import type { ModelResult } from './modelView.ts';
import { esc, sourceLinks, type SourceLink } from './html.ts';
import { explorerText, type PlainExplorerKey } from './explorerText.ts';

/**
 * One row per reported quarter: the year-on-year change in operating profit, known items outside
 * the breach, the model's phased breach cost (P50, P5–P95) and what is left unexplained. Fines are
 * flagged because they are not deductible for tax.
 */
export function renderTieOut(result: ModelResult, sources: Readonly<Record<string, SourceLink>>, locale: Locale): string {
	const text = (key: PlainExplorerKey) => esc(explorerText(locale, key));
	const krw = (n: number) => formatKrw(n, locale);
	if (result.tieOut.length === 0) return `<p class="muted">${text('explorer.tieOut.none')}</p>`;
	const rows = result.tieOut.map((t) => {
		const other = t.nonBreach.map((n) => `${esc(krw(n.effect))} <span class="muted small">${esc(n.label[locale])} ${sourceLinks(n.sources, sources, locale)}</span>`).join('<br>');
		return `<tr data-quarter="${esc(t.quarter)}"><th scope="row">${esc(t.quarter)}</th>
<td class="num">${esc(krw(t.operatingProfit))}<div class="muted small">${text('explorer.tieOut.yearBefore')} ${esc(krw(t.operatingProfitYearBefore))}</div></td>
<td class="num">${esc(krw(t.reportedChange))}</td>
<td class="num">${other || '—'}</td>
<td class="num">${esc(krw(t.modelled.p50))}<div class="muted small">${esc(`${krw(t.modelled.p5)} – ${krw(t.modelled.p95)}`)}</div>${t.nonDeductible > 0 ? `<div class="muted small">${esc(explorerText(locale, 'explorer.tieOut.fine', { amount: krw(t.nonDeductible) }))}</div>` : ''}</td>
<td class="num">${esc(krw(t.unexplained.p50))}<div class="muted small">${esc(`${krw(t.unexplained.p5)} – ${krw(t.unexplained.p95)}`)}</div></td>
<td class="small">${esc(t.note[locale])} ${sourceLinks(t.sources, sources, locale)}${t.comparable ? '' : `<div class="muted">${text('explorer.tieOut.notComparable')}</div>`}</td></tr>`;
	});
	return `<table class="tie-out"><caption>${text('explorer.tieOut.caption')}</caption>
<thead><tr><th scope="col">${text('explorer.tieOut.quarter')}</th><th scope="col" class="num">${text('explorer.tieOut.operatingProfit')}</th><th scope="col" class="num">${text('explorer.tieOut.change')}</th><th scope="col" class="num">${text('explorer.tieOut.known')}</th><th scope="col" class="num">${text('explorer.tieOut.modelled')}</th><th scope="col" class="num">${text('explorer.tieOut.unexplained')}</th><th scope="col">${text('explorer.tieOut.caveats')}</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
<p class="muted small">${text('explorer.tieOut.note')}</p>`;
}
