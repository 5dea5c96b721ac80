// Ships to the browser: one-at-a-time sensitivity of the total.
import { COMPONENT_COUNT } from './components.ts';
import { evaluateInto, type EnabledMask } from './evaluate.ts';
import { paramView } from './paramView.ts';
import { PARAMETER_KEYS, type ParamKey } from './parameters.ts';
import type { ParameterSetup } from './parameterSetup.ts';

/** One bar of the tornado: the total with this parameter at its low and at its high, all others central. */
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
 * Bars for every parameter that moves the total, widest swing first (ties in parameter order).
 * Also returns, per parameter, whether its high end lowers the total — the bounding low/high
 * cases put each parameter at the end that pushes the total that way.
 */
export function tornado(setup: ParameterSetup, enabled: EnabledMask): { bars: TornadoBar[]; highLowers: Uint8Array } {
	const vector = Float64Array.from(setup.central);
	const view = paramView(vector);
	const scratch = new Float64Array(COMPONENT_COUNT);
	const bars: TornadoBar[] = [];
	const highLowers = new Uint8Array(PARAMETER_KEYS.length);
	PARAMETER_KEYS.forEach((key, i) => {
		const low = setup.low[i]!;
		const high = setup.high[i]!;
		if (low === high) return;
		vector[i] = low;
		const totalAtLow = evaluateInto(view, enabled, scratch);
		vector[i] = high;
		const totalAtHigh = evaluateInto(view, enabled, scratch);
		vector[i] = setup.central[i]!;
		highLowers[i] = totalAtHigh < totalAtLow ? 1 : 0;
		const swing = Math.abs(totalAtHigh - totalAtLow);
		if (swing > 0) bars.push({ key, low, high, totalAtLow, totalAtHigh, swing });
	});
	bars.sort((a, b) => b.swing - a.swing);
	return { bars, highLowers };
}

/**
 * The bounding cases: every parameter at the end of its interval that lowers (`'low'`) or raises
 * (`'high'`) the total. Not a probability statement — the Monte Carlo percentiles are that.
 */
export function boundingVector(setup: ParameterSetup, highLowers: Uint8Array, which: 'low' | 'high'): Float64Array {
	const v = new Float64Array(setup.central.length);
	for (let i = 0; i < v.length; i++) {
		const useHigh = (highLowers[i] === 1) === (which === 'low');
		v[i] = useHigh ? setup.high[i]! : setup.low[i]!;
	}
	return v;
}
