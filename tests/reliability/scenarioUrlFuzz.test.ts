/**
 * Scenario-URL fuzz: over ten thousand arbitrary and hostile query strings through decodeScenario with
 * the real model inputs (loadDataset().model → toModelInputs). Whatever a shared link holds, decoding
 * must not throw, must give a scenario whose every value is within its documented range, and
 * encodeScenario of that scenario must be a fixed point of decoding. (The rendered explorer gets the
 * same treatment in tests/e2e/reliability.test.ts.)
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/loadDataset.ts';
import {
	COMPONENT_IDS,
	PARAMETER_KEYS,
	PARAMETER_SPECS,
	decodeScenario,
	defaultScenario,
	encodeScenario,
	toModelInputs,
	type ModelInputs,
	type Scenario,
	type ScenarioNotice,
	type ScenarioNoticeCode,
} from '../../src/lib/model/index.ts';

const SEED = 20_250_419;
const PER_ARBITRARY = 2_000;

const model = loadDataset('data', process.cwd()).model;
if (!model) throw new Error('data/model did not load');
const inputs: ModelInputs = toModelInputs(model);
const incidentIds = inputs.incidents.map((i) => i.id);
const urlKeys = PARAMETER_SPECS.map((s) => s.url);
const RESERVED = ['v', 'i', 'p', 'off', 'on'];

const CODES: readonly ScenarioNoticeCode[] = [
	'unknown-key',
	'duplicate-key',
	'malformed',
	'clamped',
	'unknown-incident',
	'unknown-component',
	'unsupported-version',
	'missing-version',
	'too-many-notices',
];

/** Bounds the parameter's unit documents (PARAMETER_SPECS), on top of its slider range. */
function unitBounds(unit: string): [number, number] {
	// Shares and yearly rates (the discount rate, a growth rate) are percentages.
	return unit === 'percent' || unit === 'percent-per-year' ? [0, 100] : [0, Number.POSITIVE_INFINITY];
}

/** Values that are never a number a slider wrote: each must be replaced by the default and reported. */
const MALFORMED = [
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	'1e400',
	'-1e400',
	'NaN',
	'-NaN',
	'Infinity',
	'-Infinity',
	'0x10',
	'0b101',
	'0o17',
	'1_000',
	'1,000',
	'1.2.3',
	'--1',
	'1e',
	'e5',
	'.',
	'',
	' ',
	'\u0000',
	'%00',
	'%E0%A4%A',
	'１２３',
	'١٢٣',
	'𝟘',
	'9'.repeat(5_000),
	'__proto__',
	'constructor',
	'javascript:alert(1)',
];
/** Other hostile or odd values, for any key. */
const ODD = [...MALFORMED, '-0', '+5', '5 ', ' 5', '1e-400', '1e308', '-1e308', '0.0000001', 'skt-2025', 'kt-2025', 'bd.da.zz', '..', '%', '%%', '%zz', '%C0%AF', '%ED%A0%80', '%F4%90%80%80', '😀'.repeat(1_000)];

/** Hand-written queries: every real key (parameters and reserved) with every odd value, encoded and raw. */
function handWritten(): string[] {
	const out: string[] = [];
	for (const key of [...urlKeys, ...RESERVED]) {
		for (const value of ODD) {
			out.push(`v=1&${key}=${encodeURIComponent(value)}`);
			out.push(`${key}=${value}`);
		}
	}
	out.push(
		urlKeys.map((k) => `${k}=1&${k}=2&${k}=x`).join('&'),
		Array.from({ length: 500 }, (_, i) => `junk${i}=%3Cscript%3E`).join('&'),
		`v=1&${'x'.repeat(100_000)}=1`,
		'?'.repeat(1_000),
		'&'.repeat(1_000),
		'='.repeat(1_000),
		'#v=1&br=50',
		'https://evil.example/model/?v=1&br=50#frag',
		'v=1&v=2&v=1',
		'v=2&br=50',
		'v=&i=&p=&off=&on=',
		`v=1&off=${'bd.'.repeat(500)}`,
		'%E0%A4%A',
		'%',
		'%00=%00',
		'__proto__=1&constructor=1&prototype=1&toString=1',
		'__proto__[polluted]=1&constructor[prototype][polluted]=1',
	);
	return out;
}

const keyArb = fc.oneof(fc.constantFrom(...urlKeys, ...RESERVED, '__proto__', 'constructor', 'hasOwnProperty'), fc.string({ maxLength: 8 }));
const valueArb = fc.oneof(
	fc.constantFrom(...ODD),
	fc.constantFrom(...incidentIds, 'bd', 'da.md', 'fn'),
	fc.double().map(String),
	fc.integer().map(String),
	fc.string({ unit: 'grapheme', maxLength: 20 }),
	fc.string({ unit: 'binary', maxLength: 20 }),
);
const pairsArb = fc.array(fc.tuple(keyArb, valueArb, fc.boolean()), { maxLength: 20 }).map((pairs) =>
	pairs.map(([k, v, encode]) => (encode ? `${encodeURIComponent(k)}=${encodeURIComponent(v)}` : `${k}=${v}`)).join('&'),
);
const percentSoupArb = fc.string({
	unit: fc.constantFrom('%', 'E0', 'A4', '%A', '%E0', '&', '=', '#', '?', '+', 'v', '1', 'br', '.', '%00', '%FF', '%C0%AF', ';', ' '),
	maxLength: 60,
});

const ARBITRARIES: [string, fc.Arbitrary<string>][] = [
	['fc.webQueryParameters', fc.webQueryParameters()],
	['fc.webUrl with query and fragment', fc.webUrl({ withQueryParameters: true, withFragments: true })],
	['fc.string (grapheme)', fc.string({ unit: 'grapheme', maxLength: 200 })],
	['fc.string (binary)', fc.string({ unit: 'binary', maxLength: 200 })],
	['key=value pairs over real keys', pairsArb.chain((q) => fc.constantFrom(q, `?${q}`, `https://example.org/model/?${q}#x`))],
	['percent-encoding soup', percentSoupArb],
];

const queries: { source: string; query: string }[] = [
	...handWritten().map((query) => ({ source: 'hand-written', query })),
	...ARBITRARIES.flatMap(([source, arb], i) => fc.sample(arb, { seed: SEED + i, numRuns: PER_ARBITRARY }).map((query) => ({ source, query }))),
];

/** Everything wrong with one decoded scenario (empty when it is valid). */
function problemsOf(scenario: Scenario, notices: ScenarioNotice[]): string[] {
	const p: string[] = [];
	if (Object.keys(scenario).sort().join() !== 'components,incident,packageFrom,values') p.push(`scenario keys ${Object.keys(scenario).join()}`);
	if (!incidentIds.includes(scenario.incident)) p.push(`incident ${JSON.stringify(scenario.incident)}`);
	if (!incidentIds.includes(scenario.packageFrom)) p.push(`packageFrom ${JSON.stringify(scenario.packageFrom)}`);
	if (Object.keys(scenario.components).sort().join() !== [...COMPONENT_IDS].sort().join()) p.push(`component keys ${Object.keys(scenario.components).join()}`);
	for (const id of COMPONENT_IDS) if (typeof scenario.components[id] !== 'boolean') p.push(`component ${id} = ${String(scenario.components[id])}`);
	if (Object.keys(scenario.values).sort().join() !== [...PARAMETER_KEYS].sort().join()) p.push(`value keys ${Object.keys(scenario.values).join()}`);
	PARAMETER_SPECS.forEach((spec, i) => {
		const x = scenario.values[spec.key];
		const { min, max } = inputs.parameters[i]!.range;
		const [lo, hi] = unitBounds(spec.unit);
		if (typeof x !== 'number' || !Number.isFinite(x) || Object.is(x, -0)) p.push(`${spec.key} = ${String(x)}`);
		else if (x < min || x > max) p.push(`${spec.key} = ${x} outside the slider range [${min}, ${max}]`);
		else if (x < lo || x > hi) p.push(`${spec.key} = ${x} outside what ${spec.unit} allows`);
	});
	if (!Array.isArray(notices)) return [...p, 'notices is not a list'];
	if (notices.length > 31) p.push(`${notices.length} notices`);
	for (const n of notices) {
		if (!CODES.includes(n.code)) p.push(`notice code ${JSON.stringify(n.code)}`);
		if (typeof n.key !== 'string' || n.key.length > 41) p.push(`notice key ${JSON.stringify(n.key).slice(0, 60)}`);
		if (n.value !== undefined && (typeof n.value !== 'string' || n.value.length > 41)) p.push(`notice value ${JSON.stringify(n.value).slice(0, 60)}`);
		if (n.used !== undefined && typeof n.used !== 'string' && typeof n.used !== 'number') p.push(`notice used ${String(n.used)}`);
	}
	return p;
}

const counts = { queries: 0, notices: 0, throws: 0, started: performance.now() };

afterAll(() => {
	const seconds = ((performance.now() - counts.started) / 1000).toFixed(1);
	console.log(`scenario URL fuzz: ${counts.queries} query strings decoded, ${counts.notices} notices, ${counts.throws} throws (seed ${SEED}) in ${seconds} s`);
});

describe('scenario URL fuzz: decodeScenario survives any link', () => {
	it(`decodes ${queries.length} arbitrary and hostile query strings without throwing, every value in range, encode∘decode a fixed point`, () => {
		expect(queries.length).toBeGreaterThanOrEqual(10_000);
		const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort().join();
		const failures: string[] = [];
		for (const { source, query } of queries) {
			const where = `${source}: ${JSON.stringify(query).slice(0, 120)}`;
			try {
				const { scenario, notices } = decodeScenario(query, inputs);
				counts.queries++;
				counts.notices += notices.length;
				for (const problem of problemsOf(scenario, notices)) failures.push(`${where}: ${problem}`);

				const once = encodeScenario(scenario, inputs);
				const again = decodeScenario(once, inputs);
				if (JSON.stringify(again.scenario) !== JSON.stringify(scenario)) failures.push(`${where}: decode(encode(decode(q))) differs from decode(q)`);
				if (again.notices.length > 0) failures.push(`${where}: the re-encoded link ${once} still has notices ${JSON.stringify(again.notices)}`);
				if (encodeScenario(again.scenario, inputs) !== once) failures.push(`${where}: encode is not stable: ${once}`);
			} catch (e) {
				counts.throws++;
				failures.push(`${where}: threw ${String(e)}`);
			}
			if (failures.length > 20) break;
		}

		expect(failures).toEqual([]);
		expect(Object.getOwnPropertyNames(Object.prototype).sort().join(), 'Object.prototype was polluted').toBe(protoBefore);
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
	});

	it('decodeScenario replaces each malformed value of each real parameter key by its default and names the key in a notice', () => {
		const defaults = defaultScenario(inputs, incidentIds[0]!);
		const failures: string[] = [];
		for (const spec of PARAMETER_SPECS) {
			for (const bad of MALFORMED) {
				const { scenario, notices } = decodeScenario(`v=1&${spec.url}=${encodeURIComponent(bad)}`, inputs);
				counts.queries++;
				const named = notices.some((n) => n.code === 'malformed' && n.key === spec.url);
				if (scenario.values[spec.key] !== defaults.values[spec.key] || !named) {
					failures.push(`${spec.url}=${JSON.stringify(bad).slice(0, 40)}: value ${scenario.values[spec.key]}, notices ${JSON.stringify(notices)}`);
				}
			}
		}

		expect(failures.slice(0, 20)).toEqual([]);
	});

	it('decodeScenario names every ignored reserved value: unknown incidents, components and versions', () => {
		for (const bad of ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'NaN', '%00', 'x'.repeat(500)]) {
			const q = (key: string) => decodeScenario(`v=1&${key}=${encodeURIComponent(bad)}`, inputs).notices.map((n) => `${n.code} ${n.key}`);
			counts.queries += 4;
			expect(q('i')).toContain('unknown-incident i');
			expect(q('p')).toContain('unknown-incident p');
			expect(q('off')).toContainEqual(expect.stringMatching(/^(unknown-component|malformed) off$/));
			expect(decodeScenario(`v=${encodeURIComponent(bad)}&br=50`, inputs).notices.map((n) => n.code)).toEqual(['unsupported-version']);
		}
	});
});
