// Ships to the browser: <remedy-model>, the model explorer island — a plain custom element.
/**
 * The build renders the default scenario, so until the reader reaches for a control the page needs
 * no script at all. This element is all that loads with the page: it wakes on the first focus,
 * pointer press, key or input inside it — or at once when the URL carries a scenario to restore —
 * and only then imports the model, the renderers and their messages (remedy-model/liveExplorer.ts).
 */
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
		for (const type of WAKE_EVENTS) this.addEventListener(type, this.#onWake, { capture: true });
	}

	async #wake(): Promise<void> {
		if (this.#woken) return;
		this.#woken = true;
		for (const type of WAKE_EVENTS) this.removeEventListener(type, this.#onWake, { capture: true });
		const { LiveExplorer } = await import('./remedy-model/liveExplorer.ts');
		new LiveExplorer(this).start();
	}
}

customElements.define('remedy-model', RemedyModel);
