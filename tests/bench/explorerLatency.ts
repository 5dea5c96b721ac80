/**
 * How fast the explorer answers a keyboard step: focus an assumption's number field, press ArrowUp,
 * and read Chromium's Event Timing entries (the same data as the Interaction to Next Paint metric).
 * Each interaction's duration runs from the key press to the next paint, so it includes the model
 * run and the re-render the input triggers. Run unthrottled and under 4× CPU throttling.
 *
 * Event Timing reports only interactions of 16 ms or more (its smallest threshold): an interaction
 * with no entry finished within one frame and is counted as 16 ms, an upper bound.
 */
import { launchBrowser } from '../e2e/browser.ts';
import { quantile } from './quantile.ts';

export interface LatencyFigures {
	cpuSlowdown: number;
	steps: number;
	medianMs: number;
	p98Ms: number;
	maxMs: number;
	/** Interactions that finished within one frame (no Event Timing entry). */
	withinOneFrame: number;
}

const FIELDS = 6;
const STEPS_PER_FIELD = 3;
const FRAME_MS = 16;

export async function measureExplorerLatency(url: string, cpuSlowdowns: readonly number[] = [1, 4]): Promise<LatencyFigures[]> {
	const browser = await launchBrowser();
	const out: LatencyFigures[] = [];
	try {
		for (const rate of cpuSlowdowns) {
			const page = await browser.newPage();
			const cdp = await browser.newCDPSession(page);
			await page.goto(url, { waitUntil: 'networkidle' });
			await page.evaluate(() => {
				const w = window as unknown as { __interactions: Map<number, number> };
				w.__interactions = new Map();
				new PerformanceObserver((list) => {
					for (const e of list.getEntries() as PerformanceEventTiming[]) {
						if (!e.interactionId) continue;
						w.__interactions.set(e.interactionId, Math.max(w.__interactions.get(e.interactionId) ?? 0, e.duration));
					}
				}).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
			});
			await cdp.send('Emulation.setCPUThrottlingRate', { rate });
			const fields = page.locator('remedy-model input[type="number"]');
			const count = Math.min(FIELDS, await fields.count());
			let steps = 0;
			for (let i = 0; i < count; i++) {
				await fields.nth(i).focus();
				// Bring the field to the middle of the screen, where a reader stepping it has it. focus()
				// only scrolls a field into view, and may leave it in the viewport's bottom ~80 px; there,
				// headless Chromium reports a step's paint only when something else is next drawn (the
				// next field's scroll), 60–300 ms late. A bare page with one number field and no script
				// shows the same, so it measures the harness, not the explorer.
				await fields.nth(i).evaluate((el) => el.scrollIntoView({ block: 'center' }));
				await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
				for (let s = 0; s < STEPS_PER_FIELD; s++) {
					await page.keyboard.press('ArrowUp');
					steps++;
					// Let the frame that shows the result paint before the next key.
					await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
				}
			}
			await page.waitForTimeout(500);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
			const reported = await page.evaluate(() => [...(window as unknown as { __interactions: Map<number, number> }).__interactions.values()]);
			const durations = [...reported, ...Array(Math.max(0, steps - reported.length)).fill(FRAME_MS)].sort((a, b) => a - b);
			out.push({
				cpuSlowdown: rate,
				steps,
				medianMs: quantile(durations, 0.5),
				p98Ms: quantile(durations, 0.98),
				maxMs: durations[durations.length - 1] ?? 0,
				withinOneFrame: steps - reported.length,
			});
			await page.close();
		}
	} finally {
		await browser.close();
	}
	return out;
}
