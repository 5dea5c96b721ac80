// Ships to the browser: the model explorer made live, loaded by <remedy-model> on first use.
/**
 * Reads the scenario from the URL (anything invalid falls back to its default and is listed in a
 * notice), re-runs the model on every input, patches the outputs rendered by the same renderers the
 * build used, keeps the URL, share link and language switch in step, and redraws the charts once the
 * scenario leaves the default (Plot loads on demand).
 *
 * A keyboard step must paint within a frame even on a slow phone, so work is split by cost: the
 * frame that answers a key paints the moved control, then the model runs with INTERIM_DRAWS draws
 * and patches only the text that changed, in the next frame. Once the input settles (or is
 * committed: blur, Enter, a select or checkbox) the URL, share link and language switch follow at
 * once, and the full run replaces those figures block by block, one task each, so a key pressed
 * meanwhile never waits behind the whole re-render; what stays on screen is always the full-draw
 * result. The charts follow when the browser is idle. On waking, the quick path runs once unseen in
 * idle time (#warmUp), so the reader's first key does not pay for its first, uncompiled run.
 */
import { explorerText, noticeText } from '../../lib/explorer/explorerText.ts';
import { fromFieldValue, toFieldValue } from '../../lib/explorer/fieldScale.ts';
import type { ExplorerPayload } from '../../lib/explorer/payload.ts';
import {
	COMPONENTS,
	decodeScenario,
	defaultScenario,
	encodeScenario,
	runModel,
	type ModelResult,
	type Scenario,
	type ScenarioNotice,
} from '../../lib/explorer/modelView.ts';
import { ModelRunner } from '../../lib/explorer/modelRunner.ts';
import { patchHtml, patchText } from '../../lib/explorer/patchChildren.ts';
import { renderControls } from '../../lib/explorer/renderControls.ts';
import { renderItemised, renderNormalised, renderReconciliation, renderSummary, type OutputContext } from '../../lib/explorer/renderOutputs.ts';
import { renderTieOut } from '../../lib/explorer/renderTieOut.ts';
import { formatExact } from '../../lib/format/formatNumber.ts';
import type { Locale } from '../../lib/format/locale.ts';

type ParamKey = keyof Scenario['values'];

/** Draws for the figures shown while a key is held: about a tenth of the full run's cost. */
const INTERIM_DRAWS = 1_000;
/** Quiet time after the last input before the full run, the URL and the share link catch up. */
const SETTLE_MS = 250;
/**
 * Quiet time before the charts are redrawn. A chart is one long Plot call that cannot give way to a
 * key press, so it waits until the reader has stopped for a moment rather than stall the next step.
 */
const CHART_QUIET_MS = 1_000;
/** The latest an idle piece of the wake-time warm-up waits for an idle moment. */
const WARM_UP_WAIT_MS = 1_000;

/** Runs `task` when the browser is idle (at the latest after `timeout` ms), or soon where there is no idle callback. */
function whenIdle(task: () => void, timeout: number): void {
	if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout });
	else setTimeout(task, 0);
}

/** Lets a pending key or click run between two long steps. */
const yieldToInput = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class LiveExplorer {
	readonly #root: HTMLElement;
	readonly #payload: ExplorerPayload;
	readonly #locale: Locale;
	readonly #ranges: ReadonlyMap<string, { min: number; max: number }>;
	#scenario: Scenario;
	#frame = 0;
	#afterPaint = 0;
	#settleTimer = 0;
	#step = 0;
	/** The HTML each output last received. */
	readonly #shown = new Map<string, string>();
	#chartRun = 0;
	#chartsLive = false;
	/** The query of the page's own default scenario, which the URL leaves out; fixed for the page. */
	readonly #defaultQuery: string;
	/**
	 * Full-draw runs, in a worker. The quick figures stay on the main thread: sent to the worker too,
	 * they made steps slower at 4x CPU (the answer is copied back, and the threads share the cores).
	 */
	readonly #runner: ModelRunner;

	constructor(root: HTMLElement, payload: ExplorerPayload) {
		this.#root = root;
		this.#payload = payload;
		this.#locale = root.dataset['locale'] === 'en' ? 'en' : 'ko';
		this.#ranges = new Map(this.#payload.inputs.parameters.map((p) => [p.key, p.range]));
		this.#scenario = defaultScenario(this.#payload.inputs, this.#payload.inputs.incidents[0]!.id);
		this.#defaultQuery = encodeScenario(this.#scenario, this.#payload.inputs);
		this.#runner = new ModelRunner(this.#payload.inputs, () =>
			typeof Worker === 'function' ? new Worker(new URL('./modelWorker.ts', import.meta.url), { type: 'module' }) : undefined,
		);
	}

	/** Takes over from the server-rendered page: the URL's scenario, or whatever the reader typed before this loaded. */
	start(): void {
		const { scenario, notices } = decodeScenario(location.search, this.#payload.inputs);
		this.#scenario = scenario;
		const form = this.#form();
		form.addEventListener('submit', (e) => {
			e.preventDefault();
			void this.#settle();
		});
		form.addEventListener('input', (e) => this.#onInput(e));
		form.addEventListener('change', (e) => this.#onChange(e));
		this.#root.querySelector('[data-reset]')?.addEventListener('click', () => {
			this.#scenario = defaultScenario(this.#payload.inputs, this.#scenario.incident);
			this.#renderControls();
			void this.#settle();
		});
		this.#showNotices(notices);
		if (location.search) {
			this.#renderControls();
			void this.#settle();
			return;
		}
		this.#readForm();
		// The build already rendered the default scenario: unless the reader changed something in the
		// moment before this module arrived, there is nothing to run. Otherwise take the quick path, as
		// for any input: the first full run is also the slowest (nothing is compiled yet, about 300 ms
		// on a slow phone), and a key pressed while the module arrives must not wait behind it. The
		// settle follows once the reader pauses, even if they already left the field (its change event
		// came before this module's listener).
		if (encodeScenario(this.#scenario, this.#payload.inputs) !== this.#defaultQuery) this.#interim();
		else this.#warmUp();
	}

	/**
	 * Runs the quick path once, unseen, while the reader is still looking at the field they focused.
	 * The first run of any code is several times slower than the next (nothing is compiled, number
	 * formats are not built yet): about 300 ms on a slow phone for the quick figures, against 40 ms
	 * after. Done in idle time, one piece per callback, on a detached copy of each output, so the
	 * page does not change; the reader's first key stops it, since the quick path then runs anyway.
	 */
	#warmUp(): void {
		const step = this.#step;
		const queue: (() => void)[] = [
			// The browser's first number format loads its locale data: about 100 ms at 4x CPU, a piece
			// of its own, so that a key pressed meanwhile waits for that and not for the model too.
			() => void formatExact(1.5, this.#locale),
			() => {
				const result = runModel(this.#payload.inputs, this.#scenario, { draws: INTERIM_DRAWS });
				for (const [name, render] of this.#blocks(result, true).flat()) {
					queue.push(() => {
						const el = this.#root.querySelector(`[data-output="${name}"]`);
						if (el) patchHtml(el.cloneNode(true) as Element, render());
					});
				}
			},
		];
		const next = () =>
			whenIdle(() => {
				const piece = queue.shift();
				if (!piece || step !== this.#step) return;
				piece();
				next();
			}, WARM_UP_WAIT_MS);
		next();
	}

	#form(): HTMLFormElement {
		return this.#root.querySelector('form[data-controls]')!;
	}

	/** Picks up edits made in the moment between the first touch and this module arriving. */
	#readForm(): void {
		const form = this.#form();
		const incident = (form.elements.namedItem('incident') as HTMLSelectElement).value;
		const pkg = (form.elements.namedItem('package') as HTMLSelectElement).value;
		if (incident !== this.#scenario.incident || pkg !== this.#scenario.packageFrom) {
			this.#scenario = defaultScenario(this.#payload.inputs, incident, pkg);
			this.#renderControls();
			return;
		}
		for (const field of form.querySelectorAll<HTMLInputElement>('input[type="number"]')) this.#take(field);
		for (const box of form.querySelectorAll<HTMLInputElement>('input[data-component-toggle]')) this.#toggle(box);
	}

	/** Reads one number field or slider into the scenario, clamped to its range; false when it does not parse yet. */
	#take(field: HTMLInputElement): boolean {
		const key = field.dataset['rangeFor'] ?? field.name;
		const range = this.#ranges.get(key);
		const factor = Number(field.dataset['factor']) || 1;
		const typed = fromFieldValue(field.value, factor);
		// An empty or half-typed number keeps the last good value until it parses.
		if (!range || typed === undefined) return false;
		const value = Math.min(range.max, Math.max(range.min, typed));
		this.#scenario.values[key as ParamKey] = value;
		const twin = field.dataset['rangeFor']
			? this.#root.querySelector<HTMLInputElement>(`input[type="number"][name="${CSS.escape(key)}"]`)
			: this.#root.querySelector<HTMLInputElement>(`input[data-range-for="${CSS.escape(key)}"]`);
		if (twin) twin.value = toFieldValue(value, factor);
		return true;
	}

	#toggle(box: HTMLInputElement): void {
		const id = box.dataset['componentToggle'];
		if (COMPONENTS.some((c) => c.id === id)) this.#scenario.components[id as keyof Scenario['components']] = box.checked;
	}

	#onInput(e: Event): void {
		const t = e.target as HTMLInputElement;
		if ((t.type === 'number' || t.type === 'range') && this.#take(t)) this.#interim();
	}

	#onChange(e: Event): void {
		const t = e.target as HTMLInputElement | HTMLSelectElement;
		if (t.name === 'incident' || t.name === 'package') {
			const form = this.#form();
			const incident = (form.elements.namedItem('incident') as HTMLSelectElement).value;
			const pkg = t.name === 'incident' ? incident : (form.elements.namedItem('package') as HTMLSelectElement).value;
			this.#scenario = defaultScenario(this.#payload.inputs, incident, pkg);
			this.#renderControls();
			void this.#settle();
		} else if (t instanceof HTMLInputElement && t.dataset['componentToggle']) {
			this.#toggle(t);
			void this.#settle();
		} else if (t instanceof HTMLInputElement && t.type === 'number' && document.activeElement !== t) {
			// On leaving the field show the clamped value the model actually used, and settle at once.
			// Chromium also fires change on every arrow-key step; those stay on the quick path.
			const value = this.#scenario.values[t.name as ParamKey];
			if (value !== undefined) t.value = toFieldValue(value, Number(t.dataset['factor']) || 1);
			void this.#settle();
		}
	}

	/**
	 * The quick figures, one frame after the key: the frame that answers the key paints only the
	 * moved control (its twin field is already set), and the model runs in the task right after that
	 * paint. So the key press never waits for the model and the re-layout of the results — the
	 * figures follow a frame later — and the full run follows once the input settles.
	 */
	#interim(): void {
		this.#setBusy(true);
		this.#chartRun++;
		this.#cancelInterim();
		this.#frame = requestAnimationFrame(() => {
			this.#afterPaint = window.setTimeout(() => this.#show(runModel(this.#payload.inputs, this.#scenario, { draws: INTERIM_DRAWS })), 0);
		});
		clearTimeout(this.#settleTimer);
		const step = ++this.#step;
		// A later input supersedes this one, so a stale idle callback does nothing.
		this.#settleTimer = window.setTimeout(() => whenIdle(() => step === this.#step && void this.#settle(), SETTLE_MS), SETTLE_MS);
	}

	/**
	 * aria-busy on the results' live region from the first input until the full-draw run has patched
	 * every block: a screen reader then announces the settled figures once, not each interim or
	 * block patch on the way (and tests wait for it to go).
	 */
	#setBusy(busy: boolean): void {
		const region = this.#root.querySelector('[aria-live]');
		if (busy) region?.setAttribute('aria-busy', 'true');
		else region?.removeAttribute('aria-busy');
	}

	#cancelInterim(): void {
		cancelAnimationFrame(this.#frame);
		clearTimeout(this.#afterPaint);
	}

	/**
	 * The full-draw result. The address, share link and language switch depend on the scenario alone,
	 * so they follow at once; the model runs in a worker (ModelRunner), and each block of results then
	 * takes a task of its own, giving way between them, so a key pressed meanwhile waits for one block
	 * at most, not for the model or the whole re-render. A newer input abandons the rest (it schedules its own settle), and the charts
	 * follow when the browser is idle.
	 */
	async #settle(): Promise<void> {
		const step = ++this.#step;
		this.#setBusy(true);
		this.#cancelInterim();
		clearTimeout(this.#settleTimer);
		const { inputs } = this.#payload;
		const query = encodeScenario(this.#scenario, inputs);
		const isDefault = query === this.#defaultQuery;
		const search = isDefault ? '' : `?${query}`;
		history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
		const share = this.#root.querySelector<HTMLInputElement>('[data-share]');
		if (share) share.value = `${location.origin}${location.pathname}?${query}`;
		const lang = document.querySelector<HTMLAnchorElement>('[data-lang-switch]');
		if (lang) lang.href = `${lang.pathname}${search}`;
		const run = ++this.#chartRun;

		await yieldToInput();
		if (step !== this.#step) return;
		const result = await this.#runner.run(this.#scenario);
		if (step !== this.#step) return;
		for (const block of this.#blocks(result, false)) {
			await yieldToInput();
			if (step !== this.#step) return;
			for (const [name, render] of block) this.#patch(name, render());
		}
		this.#markChanged();
		this.#setBusy(false);
		if (!isDefault || this.#chartsLive) {
			setTimeout(() => run === this.#chartRun && whenIdle(() => void this.#redrawCharts(result, run), CHART_QUIET_MS), CHART_QUIET_MS);
		}
	}

	/**
	 * The results, as blocks patched in one task each: the figures beside the controls first, then the
	 * tables further down the page (reconciliation, tie-out), which the interim pass leaves to the full run.
	 */
	#blocks(result: ModelResult, interim: boolean): [string, () => string][][] {
		const { inputs, sources } = this.#payload;
		const ctx: OutputContext = { inputs, sources, locale: this.#locale };
		const near: [string, () => string][] = [
			['summary', () => renderSummary(result, this.#scenario, ctx)],
			['itemised', () => renderItemised(result, this.#scenario, ctx)],
			['normalised', () => renderNormalised(result, ctx)],
		];
		if (interim) return [near];
		return [near, [['reconciliation', () => renderReconciliation(result, ctx)]], [['tie-out', () => renderTieOut(result, ctx.sources, ctx.locale)]]];
	}

	/** The interim figures, all in one task (they are few, and the key's own frame has already painted). */
	#show(result: ModelResult): void {
		for (const block of this.#blocks(result, true)) for (const [name, render] of block) this.#patch(name, render());
		this.#markChanged();
	}

	#patch(name: string, html: string): void {
		// An output whose HTML is what it was needs nothing; one where only numbers changed (most
		// steps) has its text set in place; anything else is parsed and patched.
		const shown = this.#shown.get(name);
		if (shown === html) return;
		const el = this.#root.querySelector(`[data-output="${name}"]`);
		if (!el) return;
		if (shown === undefined || !patchText(el, shown, html)) patchHtml(el, html);
		this.#shown.set(name, html);
	}

	#renderControls(): void {
		const { inputs, sources } = this.#payload;
		const focused = document.activeElement instanceof HTMLElement ? document.activeElement.getAttribute('name') : null;
		this.#form().querySelector('[data-fields]')!.innerHTML = renderControls(this.#scenario, inputs, sources, this.#locale);
		if (focused) this.#form().querySelector<HTMLElement>(`[name="${CSS.escape(focused)}"]`)?.focus();
	}

	#markChanged(): void {
		const base = defaultScenario(this.#payload.inputs, this.#scenario.incident, this.#scenario.packageFrom);
		for (const el of this.#root.querySelectorAll<HTMLElement>('[data-param]')) {
			const key = el.dataset['param'] as ParamKey;
			const changed = this.#scenario.values[key] !== base.values[key];
			el.classList.toggle('is-changed', changed);
			let mark = el.querySelector<HTMLElement>('.changed');
			if (changed && !mark) {
				mark = document.createElement('span');
				mark.className = 'changed';
				mark.textContent = explorerText(this.#locale, 'explorer.controls.changedFromDefault');
				el.querySelector('.muted.small')?.append(' ', mark);
			} else if (!changed && mark) {
				mark.remove();
			}
		}
	}

	#showNotices(notices: ScenarioNotice[]): void {
		const box = this.#root.querySelector<HTMLElement>('[data-notices]');
		if (!box || notices.length === 0) return;
		box.replaceChildren();
		const p = document.createElement('p');
		p.textContent = explorerText(this.#locale, 'explorer.notices.intro');
		const ul = document.createElement('ul');
		for (const n of notices) {
			const li = document.createElement('li');
			// textContent only: keys and values come from the URL and are never parsed as markup.
			li.textContent = `${n.key}${n.value !== undefined ? `=${n.value}` : ''}: ${noticeText(n.code, this.#locale)}${n.used !== undefined ? ` (${n.used})` : ''}`;
			ul.append(li);
		}
		box.append(p, ul);
		box.hidden = false;
	}

	/** Redraws the charts one canvas at a time, giving way to the reader between them; a newer input cancels the rest. */
	async #redrawCharts(result: ModelResult, run: number): Promise<void> {
		this.#chartsLive = true;
		const [{ explorerCharts }, { renderLiveSvg }] = await Promise.all([
			import('../../charts/explorerCharts.ts'),
			import('../../charts/shared/renderLive.ts'),
		]);
		if (run !== this.#chartRun) return;
		const width = Number(this.#root.dataset['chartWidth']) || 720;
		for (const model of explorerCharts([result], this.#payload.inputs, { locale: this.#locale, width })) {
			const figure = this.#root.querySelector<HTMLElement>(`[data-chart="${model.id}"]`);
			if (!figure) continue;
			const canvases = figure.querySelectorAll<HTMLElement>('.chart-canvas');
			const plots = [model.plot, ...(model.views ?? []).map((v) => v.plot)];
			for (let i = 0; i < canvases.length && i < plots.length; i++) {
				await yieldToInput();
				if (run !== this.#chartRun) return;
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
