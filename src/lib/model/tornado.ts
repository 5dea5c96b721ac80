// Ships to the browser: one-at-a-time sensitivity of the total cost of the breach.
import { COMPONENT_COUNT } from './components.ts';
import { evaluateInto, type EnabledMask } from './evaluate.ts';
import { paramView } from './paramView.ts';
import { PARAMETER_KEYS, type ParamKey } from './parameters.ts';
import type { ParameterSetup } from './parameterSetup.ts';

/** One bar of the tornado: the total with this parameter at its P5 and at its P95, all others central. */
export interface TornadoBar {
	key: ParamKey;
	low: number;
	high: number;
	totalAtLow: number;
	totalAtHigh: number;
	/** |totalAtHigh − totalAtLow|. */
	swing: number;
}

/**
 * Bars for every parameter that moves the total of the components in `mask` (the breach total:
 * remedies, customers lost and decided sanctions), widest swing first (ties in parameter order).
 */
export function tornado(setup: ParameterSetup, mask: EnabledMask): TornadoBar[] {
	const vector = Float64Array.from(setup.central);
	const view = paramView(vector);
	const scratch = new Float64Array(COMPONENT_COUNT);
	const bars: TornadoBar[] = [];
	PARAMETER_KEYS.forEach((key, i) => {
		const low = setup.low[i]!;
		const high = setup.high[i]!;
		if (low === high) return;
		vector[i] = low;
		const totalAtLow = evaluateInto(view, mask, scratch);
		vector[i] = high;
		const totalAtHigh = evaluateInto(view, mask, scratch);
		vector[i] = setup.central[i]!;
		const swing = Math.abs(totalAtHigh - totalAtLow);
		if (swing > 0) bars.push({ key, low, high, totalAtLow, totalAtHigh, swing });
	});
	bars.sort((a, b) => b.swing - a.swing);
	return bars;
}
