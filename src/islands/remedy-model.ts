// Ships to the browser: <remedy-model>, the model explorer island — a plain custom element.
/**
 * The page renders the default scenario at build time; this element makes it live. It reads the
 * scenario from the URL (anything invalid falls back to its default and is listed in a notice),
 * re-runs the model on every input (one run per animation frame), re-renders the outputs with the
 * same renderers the build used, keeps the URL, share link and language switch in step, and
 * redraws the charts only once the scenario leaves the default (Plot loads on demand).
 */
import { renderControls } from '../lib/explorer/renderControls.ts';
import { renderItemised, renderNormalised, renderReconciliation, renderSummary, type OutputContext } from '../lib/explorer/renderOutputs.ts';
import { renderTieOut } from '../lib/explorer/renderTieOut.ts';
import { NOTICE_TEXT } from '../lib/explorer/explorerText.ts';
import type { SourceLink } from '../lib/explorer/html.ts';
import {
	decodeScenario,
	defaultScenario,
	encodeScenario,
	runModel,
	type ModelInputs,
	type ModelResult,
	type Scenario,
	type ScenarioNotice,
} from '../lib/explorer/modelView.ts';
import type { Locale } from '../lib/format/locale.ts';

interface Payload {
	inputs: ModelInputs;
	sources: Record<string, SourceLink>;
}

class RemedyModel extends HTMLElement {
	#payload!: Payload;
	#locale: Locale = 'ko';
	#scenario!: Scenario;
	#frame = 0;
	#chartRun = 0;
	#chartsLive = false;

	connectedCallback(): void {
		const json = this.querySelector('script[type="application/json"]')?.textContent;
		if (!json) return;
		this.#payload = JSON.parse(json) as Payload;
		this.#locale = this.dataset['locale'] === 'en' ? 'en' : 'ko';
		const { scenario, notices } = decodeScenario(location.search, this.#payload.inputs);
		this.#scenario = scenario;
		this.querySelector('[data-needs-js]')?.setAttribute('hidden', '');
		this.querySelector<HTMLElement>('[data-live-only]')?.removeAttribute('hidden');
		const form = this.#form();
		form.addEventListener('submit', (e) => e.preventDefault());
		form.addEventListener('input', (e) => this.#onInput(e));
		form.addEventListener('change', (e) => this.#onChange(e));
		this.querySelector('[data-reset]')?.addEventListener('click', () => {
			this.#scenario = defaultScenario(this.#payload.inputs, this.#scenario.incident);
			this.#renderControls();
			this.#update();
		});
		this.#showNotices(notices);
		if (location.search) this.#renderControls();
		this.#update();
	}

	#form(): HTMLFormElement {
		return this.querySelector('form[data-controls]')!;
	}

	#onInput(e: Event): void {
		const t = e.target as HTMLInputElement;
		const key = t.dataset['rangeFor'] ?? (t.type === 'number' ? t.name : undefined);
		if (!key || !(key in this.#scenario.values)) return;
		const n = Number(t.value);
		// An empty or half-typed number keeps the last good value until it parses.
		if (t.value === '' || !Number.isFinite(n)) return;
		const min = Number(t.min);
		const max = Number(t.max);
		const value = Math.min(max, Math.max(min, n));
		this.#scenario.values[key as keyof Scenario['values']] = value;
		const twin = t.dataset['rangeFor']
			? this.querySelector<HTMLInputElement>(`input[type="number"][name="${CSS.escape(key)}"]`)
			: this.querySelector<HTMLInputElement>(`input[data-range-for="${CSS.escape(key)}"]`);
		if (twin) twin.value = String(value);
		this.#schedule();
	}

	#onChange(e: Event): void {
		const t = e.target as HTMLInputElement | HTMLSelectElement;
		const { inputs } = this.#payload;
		if (t.name === 'incident' || t.name === 'package') {
			const form = this.#form();
			const incident = (form.elements.namedItem('incident') as HTMLSelectElement).value;
			const pkg = t.name === 'incident' ? incident : (form.elements.namedItem('package') as HTMLSelectElement).value;
			this.#scenario = defaultScenario(inputs, incident, pkg);
			this.#renderControls();
			this.#update();
		} else if (t.name === 'component') {
			this.#scenario.components[t.value as keyof Scenario['components']] = (t as HTMLInputElement).checked;
			this.#schedule();
		} else if (t instanceof HTMLInputElement && t.type === 'number') {
			// On commit (blur / Enter) show the clamped value the model actually used.
			const key = t.name as keyof Scenario['values'];
			if (key in this.#scenario.values) t.value = String(this.#scenario.values[key]);
		}
	}

	#schedule(): void {
		cancelAnimationFrame(this.#frame);
		this.#frame = requestAnimationFrame(() => this.#update());
	}

	#renderControls(): void {
		const { inputs, sources } = this.#payload;
		const focused = document.activeElement instanceof HTMLElement ? document.activeElement.getAttribute('name') : null;
		this.#form().querySelector('[data-fields]')!.innerHTML = renderControls(this.#scenario, inputs, sources, this.#locale);
		if (focused) this.#form().querySelector<HTMLElement>(`[name="${CSS.escape(focused)}"]`)?.focus();
	}

	#update(): void {
		const { inputs, sources } = this.#payload;
		const result = runModel(inputs, this.#scenario);
		const ctx: OutputContext = { inputs, sources, locale: this.#locale };
		this.#set('summary', renderSummary(result, this.#scenario, ctx));
		this.#set('itemised', renderItemised(result, this.#scenario, ctx));
		this.#set('normalised', renderNormalised(result, ctx));
		this.#set('reconciliation', renderReconciliation(result, ctx));
		this.#set('tie-out', renderTieOut(result, ctx.sources, ctx.locale));
		this.#markChanged();
		const query = encodeScenario(this.#scenario, inputs);
		const isDefault = query === encodeScenario(defaultScenario(inputs, inputs.incidents[0]!.id), inputs);
		const search = isDefault ? '' : `?${query}`;
		history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
		const share = this.querySelector<HTMLInputElement>('[data-share]');
		if (share) share.value = `${location.origin}${location.pathname}?${query}`;
		const lang = document.querySelector<HTMLAnchorElement>('[data-lang-switch]');
		if (lang) lang.href = `${lang.pathname}${search}`;
		if (!isDefault || this.#chartsLive) void this.#redrawCharts(result);
	}

	#set(name: string, html: string): void {
		const el = this.querySelector(`[data-output="${name}"]`);
		if (el) el.innerHTML = html;
	}

	#markChanged(): void {
		const base = defaultScenario(this.#payload.inputs, this.#scenario.incident, this.#scenario.packageFrom);
		for (const el of this.querySelectorAll<HTMLElement>('[data-param]')) {
			const key = el.dataset['param'] as keyof Scenario['values'];
			const changed = this.#scenario.values[key] !== base.values[key];
			el.classList.toggle('is-changed', changed);
			let mark = el.querySelector<HTMLElement>('.changed');
			if (changed && !mark) {
				mark = document.createElement('span');
				mark.className = 'changed';
				mark.textContent = this.#locale === 'ko' ? '기본값에서 변경됨' : 'changed from default';
				el.querySelector('.muted.small')?.append(' ', mark);
			} else if (!changed && mark) {
				mark.remove();
			}
		}
	}

	#showNotices(notices: ScenarioNotice[]): void {
		const box = this.querySelector<HTMLElement>('[data-notices]');
		if (!box || notices.length === 0) return;
		const ko = this.#locale === 'ko';
		box.replaceChildren();
		const p = document.createElement('p');
		p.textContent = ko ? '링크의 일부 설정을 쓰지 않고 기본값을 썼다:' : 'Some settings in this link were not used; defaults apply instead:';
		const ul = document.createElement('ul');
		for (const n of notices) {
			const li = document.createElement('li');
			const text = NOTICE_TEXT[n.code]?.[this.#locale] ?? n.code;
			// textContent only: keys and values come from the URL and are never parsed as markup.
			li.textContent = `${n.key}${n.value !== undefined ? `=${n.value}` : ''}: ${text}${n.used !== undefined ? ` (${n.used})` : ''}`;
			ul.append(li);
		}
		box.append(p, ul);
		box.hidden = false;
	}

	async #redrawCharts(result: ModelResult): Promise<void> {
		const run = ++this.#chartRun;
		this.#chartsLive = true;
		const [{ explorerCharts }, { renderLiveSvg }] = await Promise.all([
			import('../charts/explorerCharts.ts'),
			import('../charts/shared/renderLive.ts'),
		]);
		if (run !== this.#chartRun) return;
		const width = Number(this.dataset['chartWidth']) || 720;
		for (const model of explorerCharts([result], this.#payload.inputs, { locale: this.#locale, width })) {
			const figure = this.querySelector<HTMLElement>(`[data-chart="${model.id}"]`);
			if (!figure) continue;
			const canvases = figure.querySelectorAll<HTMLElement>('.chart-canvas');
			const plots = [model.plot, ...(model.views ?? []).map((v) => v.plot)];
			for (let i = 0; i < canvases.length && i < plots.length; i++) {
				const svg = await renderLiveSvg(plots[i]!, `live-${model.id}-${i}`);
				if (run !== this.#chartRun) return;
				canvases[i]!.innerHTML = svg;
			}
			const takeaway = figure.querySelector('.chart-takeaway');
			if (takeaway) takeaway.textContent = model.takeaway;
			const desc = figure.querySelector(`#chart-${model.id}-desc`);
			if (desc) desc.textContent = model.description;
		}
	}
}

customElements.define('remedy-model', RemedyModel);
