// Ships to the browser: the scenario ⇄ query-string codec behind shareable links.
/**
 * Format (version 1): `v=1&i=<incident>&p=<package incident>&off=<codes>&on=<codes>&<param>=<number>…`.
 * Only what differs from the default scenario is written, so an untouched page has the shortest
 * link. Reading is forgiving: whatever a link holds, decodeScenario returns a valid scenario and
 * says what it ignored, clamped or replaced — it never throws.
 */
import { COMPONENTS, type ComponentId } from './components.ts';
import { incidentInput, type ModelInputs } from './modelInputs.ts';
import { PARAMETER_SPECS, type ParamKey } from './parameters.ts';
import { defaultScenario, type Scenario } from './scenario.ts';
import type { ScenarioNotice } from './scenarioNotice.ts';

export type { ScenarioNotice, ScenarioNoticeCode } from './scenarioNotice.ts';

/** Written as `v=1`; bumped, with a migration, if the format ever changes meaning. */
export const SCENARIO_VERSION = '1';

/** Reserved keys besides the parameters' own. */
const KEY = { version: 'v', incident: 'i', packageFrom: 'p', off: 'off', on: 'on' } as const;

/** Separator inside the `off`/`on` lists; unreserved in URLs, so it is never percent-encoded. */
const LIST_SEPARATOR = '.';

/** Longest number text read; anything longer is not a number a slider produced. */
const MAX_NUMBER_TEXT = 40;
/** Raw text echoed back in a notice is cut to this length. */
const MAX_ECHO = 40;
/** Notices beyond this are summarised in one `too-many-notices` entry. */
const MAX_NOTICES = 30;

const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** Longest `off`/`on` list read. */
const MAX_LIST_TEXT = 200;

/**
 * A number as written by encodeScenario or typed by hand, or undefined. `NaN` and `0x10` fail the
 * pattern; the Infinity that `1e400` turns into is rejected. Plain guards rather than a schema
 * library, because this module ships to the browser.
 */
function parseQueryNumber(raw: string): number | undefined {
	if (raw.length > MAX_NUMBER_TEXT || !NUMBER_TEXT.test(raw)) return undefined;
	const n = Number(raw);
	// -0 reads as 0 so that it round-trips and never shows as "-0".
	return Number.isFinite(n) ? n + 0 : undefined;
}

/** The codes of an `off`/`on` list, or undefined when the list is too long to be one. */
function parseCodeList(raw: string): string[] | undefined {
	if (raw.length > MAX_LIST_TEXT) return undefined;
	return raw === '' ? [] : raw.split(LIST_SEPARATOR);
}

const byUrl = new Map<string, ParamKey>(PARAMETER_SPECS.map((s) => [s.url, s.key]));
const componentByUrl = new Map<string, ComponentId>(COMPONENTS.map((c) => [c.url, c.id]));

function echo(s: string): string {
	return s.length > MAX_ECHO ? `${s.slice(0, MAX_ECHO)}…` : s;
}

/** Query pairs from a string (with or without `?`, or a whole URL) or URLSearchParams. */
function pairsOf(query: string | URLSearchParams): [string, string][] {
	if (typeof query !== 'string') return [...query.entries()];
	let q = query;
	const hash = q.indexOf('#');
	if (hash >= 0) q = q.slice(0, hash);
	const mark = q.indexOf('?');
	if (mark >= 0) q = q.slice(mark + 1);
	return [...new URLSearchParams(q).entries()];
}

/**
 * Reads a scenario from a query string. Unknown keys are ignored, out-of-range numbers clamped,
 * malformed values replaced by the default — each reported in `notices` (machine-readable code plus
 * the key) for the page to show. Never throws.
 */
export function decodeScenario(
	query: string | URLSearchParams,
	inputs: ModelInputs,
): { scenario: Scenario; notices: ScenarioNotice[] } {
	const notices: ScenarioNotice[] = [];
	let dropped = 0;
	const note = (n: ScenarioNotice): void => {
		if (notices.length < MAX_NOTICES) notices.push(n);
		else dropped++;
	};
	const fallback = inputs.incidents[0]!.id;

	let pairs: [string, string][];
	try {
		pairs = pairsOf(query);
	} catch {
		note({ code: 'malformed', key: '(query)' });
		return { scenario: defaultScenario(inputs, fallback), notices };
	}

	// First occurrence of each key wins.
	const first = new Map<string, string>();
	for (const [k, v] of pairs) {
		if (first.has(k)) note({ code: 'duplicate-key', key: echo(k), value: echo(v) });
		else first.set(k, v);
	}

	const version = first.get(KEY.version);
	if (version !== undefined && version !== SCENARIO_VERSION) {
		note({ code: 'unsupported-version', key: KEY.version, value: echo(version), used: SCENARIO_VERSION });
		return { scenario: defaultScenario(inputs, fallback), notices };
	}

	const incidentOf = (key: string, orElse: string): string => {
		const raw = first.get(key);
		if (raw === undefined) return orElse;
		if (incidentInput(inputs, raw)) return raw;
		note({ code: 'unknown-incident', key, value: echo(raw), used: orElse });
		return orElse;
	};
	const incident = incidentOf(KEY.incident, fallback);
	const packageFrom = incidentOf(KEY.packageFrom, incident);
	const scenario = defaultScenario(inputs, incident, packageFrom);
	let modelKeys = first.has(KEY.incident) || first.has(KEY.packageFrom);

	for (const [listKey, on] of [[KEY.off, false], [KEY.on, true]] as const) {
		const raw = first.get(listKey);
		if (raw === undefined) continue;
		modelKeys = true;
		const codes = parseCodeList(raw);
		if (codes === undefined) {
			note({ code: 'malformed', key: listKey, value: echo(raw) });
			continue;
		}
		for (const code of codes) {
			const id = componentByUrl.get(code);
			if (id === undefined) note({ code: 'unknown-component', key: listKey, value: echo(code) });
			else scenario.components[id] = on;
		}
	}

	inputs.parameters.forEach((param, i) => {
		const url = PARAMETER_SPECS[i]!.url;
		const raw = first.get(url);
		if (raw === undefined) return;
		modelKeys = true;
		const parsed = parseQueryNumber(raw);
		if (parsed === undefined) {
			note({ code: 'malformed', key: url, value: echo(raw), used: scenario.values[param.key] });
			return;
		}
		const { min, max } = param.range;
		const clamped = Math.min(max, Math.max(min, parsed));
		if (clamped !== parsed) note({ code: 'clamped', key: url, value: echo(raw), used: clamped });
		scenario.values[param.key] = clamped;
	});

	for (const k of first.keys()) {
		const known = k === KEY.version || k === KEY.incident || k === KEY.packageFrom || k === KEY.off || k === KEY.on || byUrl.has(k);
		if (!known) note({ code: 'unknown-key', key: echo(k) });
	}
	if (version === undefined && modelKeys) note({ code: 'missing-version', key: KEY.version, used: SCENARIO_VERSION });
	if (dropped > 0) notices.push({ code: 'too-many-notices', key: '(query)', used: dropped });
	return { scenario, notices };
}

/**
 * Writes a scenario as a query string (without `?`): the version, the incident, and whatever
 * differs from defaultScenario(incident, packageFrom). decodeScenario(encodeScenario(s)) gives s
 * back for any valid scenario.
 */
export function encodeScenario(scenario: Scenario, inputs: ModelInputs): string {
	const base = defaultScenario(inputs, scenario.incident, scenario.packageFrom);
	const params = new URLSearchParams();
	params.set(KEY.version, SCENARIO_VERSION);
	params.set(KEY.incident, scenario.incident);
	if (scenario.packageFrom !== scenario.incident) params.set(KEY.packageFrom, scenario.packageFrom);
	const off = COMPONENTS.filter((c) => base.components[c.id] && !scenario.components[c.id]).map((c) => c.url);
	const on = COMPONENTS.filter((c) => !base.components[c.id] && scenario.components[c.id]).map((c) => c.url);
	if (off.length > 0) params.set(KEY.off, off.join(LIST_SEPARATOR));
	if (on.length > 0) params.set(KEY.on, on.join(LIST_SEPARATOR));
	for (const spec of PARAMETER_SPECS) {
		const value = scenario.values[spec.key];
		if (value !== base.values[spec.key]) params.set(spec.url, String(value + 0));
	}
	return params.toString();
}
