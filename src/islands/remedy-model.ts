// Ships to the browser: <remedy-model>, the model explorer island — a plain custom element.
/**
 * The build renders the default scenario, so until the reader reaches for a control the page needs
 * no script at all. This element is all that loads with the page: it wakes on the first focus,
 * pointer press, key or input inside it — or at once when the URL carries a scenario to restore —
 * and only then imports the model, the renderers and their messages (remedy-model/liveExplorer.ts),
 * and fetches the model's inputs (data-inputs, lib/explorer/payload.ts), the two side by side.
 *
 * If either fails to arrive (a dropped connection), the page says so, keeps what the reader typed,
 * and tries again on their next focus, press, key or input.
 */
import type { ExplorerPayload } from '../lib/explorer/payload.ts';

const WAKE_EVENTS = ['focusin', 'pointerdown', 'keydown', 'input'] as const;

class RemedyModel extends HTMLElement {
	#woken = false;
	readonly #onWake = (): void => void this.#wake();

	connectedCallback(): void {
		this.querySelector('[data-needs-js]')?.setAttribute('hidden', '');
		this.querySelector('[data-live-only]')?.removeAttribute('hidden');
		if (location.search) {
			void this.#wake();
			return;
		}
		this.#listen(true);
	}

	#listen(on: boolean): void {
		for (const type of WAKE_EVENTS) {
			if (on) this.addEventListener(type, this.#onWake, { capture: true });
			else this.removeEventListener(type, this.#onWake, { capture: true });
		}
	}

	async #wake(): Promise<void> {
		if (this.#woken) return;
		this.#woken = true;
		this.#listen(false);
		const failed = this.querySelector('[data-load-failed]');
		try {
			const [{ LiveExplorer }, payload] = await Promise.all([
				import('./remedy-model/liveExplorer.ts'),
				fetch(this.dataset['inputs']!).then((r) => {
					if (!r.ok) throw new Error(`${r.url}: HTTP ${r.status}`);
					return r.json() as Promise<ExplorerPayload>;
				}),
			]);
			failed?.setAttribute('hidden', '');
			new LiveExplorer(this, payload).start();
		} catch (error) {
			console.warn('remedy-model: the explorer could not load', error);
			failed?.removeAttribute('hidden');
			this.#woken = false;
			this.#listen(true);
		}
	}
}

customElements.define('remedy-model', RemedyModel);
