// Ships to the browser: the explorer's results as HTML, rendered the same way at build time (the
// default scenario, readable before any script runs) and in the island (every change).
import { formatKrwApprox as formatKrw, formatUsd, formatExact } from '../format/formatNumber.ts';
import { formatModelValue } from '../format/formatModelValue.ts';
import { INTL_LOCALE, type Locale } from '../format/locale.ts';
import {
	BLOCK_LABELS,
	COMPONENTS,
	TOTAL_LABELS,
	defaultScenario,
	incidentLabel,
	renderFormula,
	totalOf,
	type BandStats,
	type TotalId,
	type ModelInputs,
	type ModelResult,
	type Scenario,
} from './modelView.ts';
import { esc, sourceLinks, type SourceLink } from './html.ts';
import { blocksOfTotal } from './blocksOfTotal.ts';
import { componentBlockLabel, explorerText, type PlainExplorerKey } from './explorerText.ts';

export interface OutputContext {
	inputs: ModelInputs;
	sources: Readonly<Record<string, SourceLink>>;
	locale: Locale;
}

const range = (s: { p5: number; p95: number }, f: (n: number) => string) => `${f(s.p5)} – ${f(s.p95)}`;

/** A message without placeholders, escaped for HTML. */
const text = (locale: Locale, key: PlainExplorerKey): string => esc(explorerText(locale, key));

/**
 * The headline: the cost of the remedy and the total cost of the breach as simulated medians with
 * P5–P95, the independent band beside the perfectly correlated one; pending sanctions and the
 * security increment beside the total, never inside it; then each block.
 */
export function renderSummary(result: ModelResult, scenario: Scenario, ctx: OutputContext): string {
	const { locale, inputs } = ctx;
	const krw = (n: number) => formatKrw(n, locale);
	const name = incidentLabel(inputs, scenario, locale);
	const remedy = totalOf(result, 'remedy');
	const breach = totalOf(result, 'breach');
	const row = (label: string, s: BandStats, id: string, adds = '') =>
		`<tr data-total="${esc(id)}"><th scope="row">${esc(label)}${adds}</th><td class="num">${esc(krw(s.p50))}</td><td class="num">${esc(range(s, krw))}</td><td class="num">${esc(range(s.comonotonic, krw))}</td><td class="num muted">${esc(krw(s.central))}</td></tr>`;
	const adds = (id: TotalId) => {
		const blocks = blocksOfTotal(id).map((b) => BLOCK_LABELS[b][locale]);
		return blocks.length === 0 ? '' : `<div class="muted small" data-adds="${esc(id)}">${esc(explorerText(locale, 'explorer.summary.adds', { blocks: blocks.join(' + ') }))}</div>`;
	};
	const block = `<div class="muted small">${text(locale, 'explorer.summary.block')}</div>`;
	const totals = result.totals.map((t) => row(TOTAL_LABELS[t.id][locale], t.cost, t.id, adds(t.id))).join('');
	const blocks = result.blocks.map((b) => row(BLOCK_LABELS[b.id][locale], b.cost, `block-${b.id}`, block)).join('');
	return `<p class="model-scenario" data-out="scenario">${esc(name)}</p>${scaleNote(result, scenario, ctx)}
<p class="big" data-out="total">${esc(krw(remedy.cost.p50))}</p>
<p data-out="total-detail">${esc(
		explorerText(locale, 'explorer.summary.detail', {
			draws: formatExact(result.draws, locale),
			range: range(remedy.cost, krw),
			usd: formatUsd(remedy.usd.p50, locale),
			period: inputs.usd.period,
			rate: formatExact(inputs.usd.krwPerUsd, locale),
			breach: krw(breach.cost.p50),
			breachRange: range(breach.cost, krw),
		}),
	)} ${sourceLinks(inputs.usd.sources, ctx.sources, locale)}</p>
<section class="table-wrap" tabindex="0" aria-label="${text(locale, 'explorer.summary.caption')}"><table class="totals"><caption>${text(locale, 'explorer.summary.caption')}</caption>
<thead><tr><th scope="col">${text(locale, 'explorer.summary.item')}</th><th scope="col" class="num">P50</th><th scope="col" class="num">${text(locale, 'explorer.summary.independent')}</th><th scope="col" class="num">${text(locale, 'explorer.summary.correlated')}</th><th scope="col" class="num">${text(locale, 'explorer.summary.central')}</th></tr></thead>
<tbody>${totals}${blocks}</tbody></table></section>
<p class="muted">${text(locale, 'explorer.summary.note')}</p>`;
}

/**
 * In a counterfactual, what one carrier gave only the people its breach affected is given to all
 * the people the other carrier's breach affected — KT's credit for 22,227 people becomes a credit
 * for SKT's 23 million — so the total grows with the number affected, not with generosity. Said
 * beside the figure, so nobody reads it as what that package "would have cost".
 */
function scaleNote(result: ModelResult, scenario: Scenario, ctx: OutputContext): string {
	const { locale, inputs } = ctx;
	if (scenario.incident === scenario.packageFrom) return '';
	const specOf = (id: string) => COMPONENTS.find((s) => s.id === id)!;
	const perPerson = result.components.filter((c) => c.enabled && specOf(c.id).audience === 'affected');
	if (perPerson.length === 0) return '';
	const short = (id: string) => inputs.incidents.find((i) => i.id === id)!.shortName[locale];
	const labels = perPerson.map((c) => specOf(c.id).label[locale]);
	const people = scenario.values.affectedPeople;
	const ownPeople = defaultScenario(inputs, scenario.packageFrom).values.affectedPeople;
	const note = explorerText(locale, 'explorer.summary.scaleNote', {
		incident: short(scenario.incident),
		package: short(scenario.packageFrom),
		// Intl's list, not the charts' joinList: these labels hold a middle dot themselves ("요금·단말
		// 할인"), so joining them with one would blur where one ends; 및 / "and" keeps them apart.
		items: new Intl.ListFormat(INTL_LOCALE[locale], { type: 'conjunction' }).format(labels),
		people: formatExact(people, locale, 0),
		cost: formatKrw(perPerson.reduce((sum, c) => sum + c.cost.p50, 0), locale),
	});
	// Only where the scale is what makes the figure large: the other way round it adds little.
	const more = people > 2 * ownPeople ? ` ${explorerText(locale, 'explorer.summary.scaleNoteMore', { package: short(scenario.packageFrom), ratio: formatExact(people / ownPeople, locale, 0) })}` : '';
	return `<p class="muted small" data-out="scale-note">${esc(note + more)}</p>`;
}

/** Itemised cost per component, grouped by block, with its range, retail value and the formula filled in. */
export function renderItemised(result: ModelResult, scenario: Scenario, ctx: OutputContext): string {
	const { locale, inputs } = ctx;
	const krw = (n: number) => formatKrw(n, locale);
	const units = new Map(inputs.parameters.map((p) => [p.key, p.unit]));
	const rows = result.components.map((c) => {
		const spec = COMPONENTS.find((s) => s.id === c.id)!;
		const formula = renderFormula(spec.formula, (key) => formatModelValue(scenario.values[key], units.get(key)!, locale));
		return `<tr data-component="${esc(c.id)}" class="${c.enabled ? '' : 'off'}">
<th scope="row">${esc(spec.label[locale])}<div class="muted small">${esc(componentBlockLabel(spec, locale))}</div></th>
<td class="num" data-cell="p50">${c.enabled ? esc(krw(c.cost.p50)) : text(locale, 'explorer.itemised.off')}</td>
<td class="num" data-cell="range">${c.enabled ? esc(range(c.cost, krw)) : '—'}</td>
<td class="num" data-cell="retail">${c.enabled && c.retailValue !== null ? esc(krw(c.retailValue)) : '—'}</td>
<td class="small"><details><summary>${text(locale, 'explorer.itemised.computation')}</summary><code data-formula="${esc(c.id)}">${esc(formula)} = ${esc(krw(c.cost.central))}</code></details></td>
</tr>`;
	});
	const remedy = totalOf(result, 'remedy').cost;
	return `<table class="itemised">
<caption>${text(locale, 'explorer.itemised.caption')}</caption>
<thead><tr><th scope="col">${text(locale, 'explorer.itemised.component')}</th><th scope="col" class="num">${text(locale, 'explorer.itemised.cost')}</th><th scope="col" class="num">P5–P95</th><th scope="col" class="num">${text(locale, 'explorer.itemised.retail')}</th><th scope="col">${text(locale, 'explorer.itemised.computation')}</th></tr></thead>
<tbody>${rows.join('\n')}</tbody>
<tfoot><tr><th scope="row">${esc(TOTAL_LABELS.remedy[locale])}</th><td class="num" data-cell="total">${esc(krw(remedy.p50))}</td><td class="num">${esc(range(remedy, krw))}</td><td class="num">${esc(krw(result.retailTotal))}</td><td></td></tr></tfoot>
</table>`;
}

/** Each remedy per person or line who received it, and the headline totals as a share of revenue and profit. */
export function renderNormalised(result: ModelResult, ctx: OutputContext): string {
	const { locale } = ctx;
	const rows = result.normalised.map((n) => {
		const f = (v: number) => (n.measure === 'percent' ? `${formatExact(v, locale, 1)}%` : formatKrw(v, locale));
		return `<tr data-norm="${esc(n.kind)}"><th scope="row">${esc(n.label[locale])}<div class="muted small">${esc(n.definition[locale])} ${sourceLinks(n.sources, ctx.sources, locale)}</div></th>
<td class="num">${esc(f(n.value.p50))}</td><td class="num">${esc(range(n.value, f))}</td><td class="num">${n.usd ? esc(formatUsd(n.usd.p50, locale)) : '—'}</td></tr>`;
	});
	return `<table class="normalised"><caption>${text(locale, 'explorer.normalised.caption')}</caption>
<thead><tr><th scope="col">${text(locale, 'explorer.normalised.denominator')}</th><th scope="col" class="num">P50</th><th scope="col" class="num">P5–P95</th><th scope="col" class="num">USD</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}

/** Model P50 beside what the company said and what the press estimated, with the reason. */
export function renderReconciliation(result: ModelResult, ctx: OutputContext): string {
	const { locale } = ctx;
	const krw = (n: number) => formatKrw(n, locale);
	const fig = (p: { value: number; by: { ko: string; en: string }; sources: string[] } | null) =>
		p ? `${esc(krw(p.value))}<div class="muted small">${esc(p.by[locale])} ${sourceLinks(p.sources, ctx.sources, locale)}</div>` : '—';
	const rows = result.reconciliation.map(
		(r) => `<tr data-rec="${esc(r.id)}"><th scope="row">${esc(r.label[locale])}</th>
<td class="num">${esc(krw(r.model.p50))}<div class="muted small">${esc(range(r.model, krw))}</div>${r.comparable ? '' : `<div class="muted small">${text(locale, 'explorer.reconciliation.notComparable')}</div>`}</td>
<td class="num">${fig(r.stated)}</td><td class="num">${fig(r.press)}</td>
<td class="num">${r.ratioToStated !== null ? esc(`${formatExact(r.ratioToStated * 100, locale, 0)}%`) : r.ratioToPress !== null ? esc(`${formatExact(r.ratioToPress * 100, locale, 0)}%`) : '—'}</td>
<td>${esc(r.reason[locale])}</td></tr>`,
	);
	return `<table class="reconciliation"><caption>${text(locale, 'explorer.reconciliation.caption')}</caption>
<thead><tr><th scope="col">${text(locale, 'explorer.summary.item')}</th><th scope="col" class="num">${text(locale, 'explorer.reconciliation.model')}</th><th scope="col" class="num">${text(locale, 'explorer.reconciliation.stated')}</th><th scope="col" class="num">${text(locale, 'explorer.reconciliation.press')}</th><th scope="col" class="num">${text(locale, 'explorer.reconciliation.ratio')}</th><th scope="col">${text(locale, 'explorer.reconciliation.reason')}</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}
