// Ships to the browser: one deterministic pass over every component.
import { COMPONENTS, COMPONENT_COUNT, type ComponentId } from './components.ts';
import type { ParamValues } from './parameters.ts';

/** Which components count, in COMPONENTS order (1 = on). */
export type EnabledMask = Uint8Array;

/** Mask from a scenario's on/off record. */
export function enabledMask(components: Readonly<Record<ComponentId, boolean>>): EnabledMask {
	const mask = new Uint8Array(COMPONENT_COUNT);
	COMPONENTS.forEach((c, i) => {
		mask[i] = components[c.id] ? 1 : 0;
	});
	return mask;
}

/**
 * Writes each component's cost into `out` (COMPONENTS order; 0 for a component switched off) and
 * returns the total. Allocates nothing, so the Monte Carlo loop can call it per draw.
 */
export function evaluateInto(p: ParamValues, enabled: EnabledMask, out: Float64Array): number {
	let total = 0;
	for (let c = 0; c < COMPONENT_COUNT; c++) {
		const cost = enabled[c] === 1 ? COMPONENTS[c]!.cost(p) : 0;
		out[c] = cost;
		total += cost;
	}
	return total;
}

/** Total cost of the enabled components. */
export function totalCost(p: ParamValues, enabled: EnabledMask): number {
	return evaluateInto(p, enabled, new Float64Array(COMPONENT_COUNT));
}
