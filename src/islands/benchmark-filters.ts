// Ships to the browser: <benchmark-filters> filters the benchmarks table and redraws its chart; no framework.
/**
 * Reads ?country=&from=&to=&type= from the URL (repeatable country and type), keeps only values the
 * page's own filter form offers, and lists everything else in a visible notice (as text, never as
 * markup). Without an active filter nothing else loads. With one, table rows that do not match get
 * the `hidden` attribute, and the chart module and Plot are imported on demand to redraw each view
 * from the rows the page embeds as JSON. The URL follows the form through history.replaceState.
 */
import type { PlotOptions } from '@observablehq/plot';
import type { BenchmarkChartRow } from '../charts/benchmarks/rows.ts';
import { filterBenchmarkRows, rowMatches, type BenchmarkFilters } from '../lib/benchmarks/filters.ts';
import type { RemedyType } from '../schemas/benchmark.ts';
import type { Locale } from '../lib/format/locale.ts';
import { benchmarkFiltersText } from './benchmark-filters/messages.ts';

const PARAMS = ['country', 'from', 'to', 'type'] as const;
/** Longest piece of a rejected value echoed back in the notice. */
const ECHO_MAX = 40;

interface Parsed {
	filters: BenchmarkFilters;
	/** `name=value` pairs that were not applied. */
	ignored: string[];
}

/** Values the form offers for a field (its <select> options), the only ones accepted. */
function offered(form: HTMLFormElement, name: string): Set<string> {
	const field = form.elements.namedItem(name);
	if (!(field instanceof HTMLSelectElement)) return new Set();
	return new Set([...field.options].map((o) => o.value).filter((v) => v !== ''));
}

function parseFilters(params: URLSearchParams, form: HTMLFormElement): Parsed {
	const ignored: string[] = [];
	const echo = (name: string, v: string) => ignored.push(`${name}=${v.length > ECHO_MAX ? `${v.slice(0, ECHO_MAX)}…` : v}`);
	const countries = offered(form, 'country');
	const types = offered(form, 'type');
	const years = new Set([...offered(form, 'from'), ...offered(form, 'to')]);
	const filters: { countries: string[]; types: RemedyType[]; from?: number; to?: number } = { countries: [], types: [] };
	for (const v of params.getAll('country')) {
		const c = v.trim().toUpperCase();
		if (c === '') continue;
		if (countries.has(c)) {
			if (!filters.countries.includes(c)) filters.countries.push(c);
		} else echo('country', v);
	}
	for (const v of params.getAll('type')) {
		const t = v.trim();
		if (t === '') continue;
		if (types.has(t)) {
			if (!filters.types.includes(t as RemedyType)) filters.types.push(t as RemedyType);
		} else echo('type', v);
	}
	for (const name of ['from', 'to'] as const) {
		const all = params.getAll(name).map((v) => v.trim()).filter((v) => v !== '');
		const [first, ...rest] = all;
		for (const v of rest) echo(name, v);
		if (first === undefined) continue;
		// Only a plain year the form offers: no 1e400, no 2025.5, no "abc".
		if (/^\d{4}$/.test(first) && years.has(first)) filters[name] = Number(first);
		else echo(name, first);
	}
	if (filters.from !== undefined && filters.to !== undefined && filters.from > filters.to) {
		[filters.from, filters.to] = [filters.to, filters.from];
	}
	return { filters, ignored };
}

function filtersToParams(f: BenchmarkFilters): URLSearchParams {
	const p = new URLSearchParams();
	for (const c of f.countries ?? []) p.append('country', c);
	if (f.from !== undefined) p.set('from', String(f.from));
	if (f.to !== undefined) p.set('to', String(f.to));
	for (const t of f.types ?? []) p.append('type', t);
	return p;
}

function active(f: BenchmarkFilters): boolean {
	return (f.countries?.length ?? 0) > 0 || (f.types?.length ?? 0) > 0 || f.from !== undefined || f.to !== undefined;
}

class BenchmarkFiltersElement extends HTMLElement {
	#form!: HTMLFormElement;
	#notice!: HTMLElement;
	#status!: HTMLElement;
	/** The build-time chart markup of each view, restored when filters are cleared. */
	#original = new Map<HTMLElement, string>();
	#takeaway: { el: HTMLElement; text: string } | undefined;
	#run = 0;

	connectedCallback(): void {
		const form = this.querySelector('form');
		const notice = this.querySelector<HTMLElement>('[data-notice]');
		const status = this.querySelector<HTMLElement>('[data-status]');
		if (!form || !notice || !status) return;
		this.#form = form;
		this.#notice = notice;
		this.#status = status;
		this.querySelector('[data-needs-js]')?.setAttribute('hidden', '');
		form.addEventListener('submit', (e) => {
			e.preventDefault();
			this.#fromForm();
		});
		form.addEventListener('change', () => this.#fromForm());
		form.querySelector('[data-reset]')?.addEventListener('click', (e) => {
			e.preventDefault();
			form.reset();
			for (const s of form.querySelectorAll('select')) s.value = '';
			this.#fromForm();
		});
		void this.#apply(new URLSearchParams(location.search), true);
	}

	#fromForm(): void {
		const p = new URLSearchParams();
		for (const [k, v] of new FormData(this.#form)) if (typeof v === 'string' && v !== '') p.append(k, v);
		void this.#apply(p, false);
	}

	async #apply(params: URLSearchParams, fromUrl: boolean): Promise<void> {
		const run = ++this.#run;
		this.dataset['state'] = 'busy';
		const { filters, ignored } = parseFilters(params, this.#form);
		const locale = this.#locale();
		this.#notice.textContent = ignored.length > 0 ? benchmarkFiltersText(locale, 'benchmarks.filter.ignored', { values: ignored.join(', ') }) : '';
		this.#notice.hidden = ignored.length === 0;
		this.#syncForm(filters);
		// Keep filter params canonical in the URL and leave any other parameters alone.
		const url = new URL(location.href);
		for (const k of PARAMS) url.searchParams.delete(k);
		for (const [k, v] of filtersToParams(filters)) url.searchParams.append(k, v);
		if (url.href !== location.href) history.replaceState(history.state, '', url);
		try {
			if (active(filters)) await this.#filter(filters, run);
			else this.#clear();
		} catch (err) {
			if (run !== this.#run) return;
			this.#clear();
			this.#notice.hidden = false;
			this.#notice.textContent = benchmarkFiltersText(locale, 'benchmarks.filter.redrawFailed');
			console.warn(err);
		}
		if (run === this.#run) this.dataset['state'] = active(filters) ? 'filtered' : fromUrl && ignored.length > 0 ? 'ignored' : 'all';
	}

	#locale(): Locale {
		return this.dataset['locale'] === 'en' ? 'en' : 'ko';
	}

	#syncForm(f: BenchmarkFilters): void {
		const set = (name: string, v: string) => {
			const field = this.#form.elements.namedItem(name);
			if (field instanceof HTMLSelectElement) field.value = v;
		};
		set('country', f.countries?.[0] ?? '');
		set('type', f.types?.[0] ?? '');
		set('from', f.from === undefined ? '' : String(f.from));
		set('to', f.to === undefined ? '' : String(f.to));
	}

	#tableRows(): HTMLTableRowElement[] {
		return [...document.querySelectorAll<HTMLTableRowElement>('tr[data-bm-country]')];
	}

	#canvases(): HTMLElement[] {
		return [...document.querySelectorAll<HTMLElement>('#chart-benchmarks .chart-canvas')];
	}

	#clear(): void {
		for (const tr of this.#tableRows()) tr.hidden = false;
		for (const [el, html] of this.#original) {
			el.innerHTML = html;
			delete el.dataset['rendered'];
		}
		if (this.#takeaway) this.#takeaway.el.textContent = this.#takeaway.text;
		this.#status.hidden = true;
		this.#status.textContent = '';
	}

	async #filter(filters: BenchmarkFilters, run: number): Promise<void> {
		const [chart, { renderLiveSvg }] = await Promise.all([import('../charts/benchmarks/index.ts'), import('../charts/shared/renderLive.ts')]);
		if (run !== this.#run) return;
		const locale = this.#locale();
		const trs = this.#tableRows();
		let shown = 0;
		for (const tr of trs) {
			const d = tr.dataset;
			const match = rowMatches(
				{
					country: d['bmCountry'] ?? '',
					yearFrom: Number(d['bmFrom']),
					yearTo: Number(d['bmTo']),
					type: (d['bmType'] ?? '') as RemedyType,
				},
				filters,
			);
			tr.hidden = !match;
			if (match) shown++;
		}
		const json = document.getElementById('benchmark-rows')?.textContent ?? '[]';
		const rows = JSON.parse(json) as BenchmarkChartRow[];
		const model = chart.benchmarksChart(filterBenchmarkRows(rows, filters), { locale, width: Number(this.dataset['width']) || 720 });
		const plots = new Map<string, unknown>([['default', model.plot], ...(model.views ?? []).map((v) => [v.id, v.plot] as const)]);
		for (const el of this.#canvases()) {
			const view = [...el.classList].find((c) => c.startsWith('view-') && c !== 'view-alt')?.slice('view-'.length) ?? 'default';
			const options = plots.get(view);
			if (!options) continue;
			if (!this.#original.has(el)) this.#original.set(el, el.innerHTML);
			// Build-time ids are prefixed `ssr-`; browser renders use `live-` so the two never collide.
			el.innerHTML = await renderLiveSvg(options as PlotOptions, `live-benchmarks-${view}`);
			if (run !== this.#run) return;
			el.dataset['rendered'] = 'live';
		}
		const takeaway = document.querySelector<HTMLElement>('#chart-benchmarks .chart-takeaway');
		if (takeaway) {
			this.#takeaway ??= { el: takeaway, text: takeaway.textContent ?? '' };
			takeaway.textContent = model.takeaway;
		}
		this.#status.hidden = false;
		this.#status.textContent = benchmarkFiltersText(locale, 'benchmarks.filter.status', { shown, total: trs.length });
	}
}

if (!customElements.get('benchmark-filters')) customElements.define('benchmark-filters', BenchmarkFiltersElement);
