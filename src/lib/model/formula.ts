// Ships to the browser: a component's formula with the scenario's numbers filled in.
import type { ParamKey } from './parameters.ts';
import { isParamKey } from './parameters.ts';

const PLACEHOLDER = /\{([a-zA-Z0-9]+)\}/g;

/** The parameter keys a formula template mentions, in order of first appearance. */
export function formulaParams(template: string): ParamKey[] {
	const keys: ParamKey[] = [];
	for (const m of template.matchAll(PLACEHOLDER)) {
		const key = m[1]!;
		if (isParamKey(key) && !keys.includes(key)) keys.push(key);
	}
	return keys;
}

/**
 * Replaces each `{paramKey}` with `format(key)` — the page supplies the formatting (locale, unit),
 * e.g. "24,000,000 × 29,202원 × 50% × 1". Unknown placeholders are left as written.
 */
export function renderFormula(template: string, format: (key: ParamKey) => string): string {
	return template.replace(PLACEHOLDER, (whole, key: string) => (isParamKey(key) ? format(key) : whole));
}
