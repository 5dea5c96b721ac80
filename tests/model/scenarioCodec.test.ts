import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	COMPONENTS,
	PARAMETER_SPECS,
	decodeScenario,
	defaultScenario,
	encodeScenario,
	type ComponentId,
	type ParamKey,
	type Scenario,
	type ScenarioNoticeCode,
} from '../../src/lib/model/index.ts';
import { realModel } from './support/realInputs.ts';

const { inputs } = realModel();
const incidentIds = inputs.incidents.map((i) => i.id);
const urlOf = (key: ParamKey) => PARAMETER_SPECS.find((s) => s.key === key)!.url;
const rangeOf = (key: ParamKey) => inputs.parameters.find((p) => p.key === key)!.range;

const CODES: ScenarioNoticeCode[] = [
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

/** Any valid scenario: known incidents, any toggles, any values within the slider ranges. */
const scenarioArb: fc.Arbitrary<Scenario> = fc
	.record({
		incident: fc.constantFrom(...incidentIds),
		packageFrom: fc.constantFrom(...incidentIds),
		components: fc.record(
			Object.fromEntries(COMPONENTS.map((c) => [c.id, fc.boolean()])) as Record<ComponentId, fc.Arbitrary<boolean>>,
		),
		values: fc.record(
			Object.fromEntries(
				inputs.parameters.map((p) => [
					p.key,
					fc.oneof(
						fc.double({ min: p.range.min, max: p.range.max, noNaN: true }),
						fc.integer({ min: Math.ceil(p.range.min), max: Math.floor(p.range.max) }),
					).map((x) => x + 0),
				]),
			) as Record<ParamKey, fc.Arbitrary<number>>,
		),
	})
	.map((s) => s as Scenario);

/** Values a hostile or careless link might hold. */
const HOSTILE = [
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	'1e400',
	'-1e400',
	'1e-400',
	'NaN',
	'-NaN',
	'Infinity',
	'-0',
	'0x10',
	'1_000',
	' 5',
	'5 ',
	'',
	'%',
	'%zz',
	'%00',
	'\u0000',
	'𝟘',
	'١٢٣',
	'9'.repeat(5000),
	'.',
	'..',
	'1.2.3',
	'+',
	'-',
	'e5',
	'constructor',
	'__proto__',
	'toString',
];
const keyArb = fc.oneof(
	fc.constantFrom('v', 'i', 'p', 'off', 'on', '__proto__', 'constructor', '<script>', ''),
	fc.constantFrom(...PARAMETER_SPECS.map((s) => s.url)),
	fc.string({ maxLength: 12 }),
);
const valueArb = fc.oneof(
	fc.constantFrom(...HOSTILE),
	fc.constantFrom(...incidentIds, ...COMPONENTS.map((c) => c.url), 'bd.da.zz', '1', '2'),
	fc.double().map(String),
	fc.integer().map(String),
	fc.string({ maxLength: 30 }),
	fc.string({ unit: 'binary', maxLength: 30 }),
);
const pairQueryArb = fc
	.array(fc.tuple(keyArb, valueArb), { maxLength: 25 })
	.map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'));
const queryArb = fc.oneof(
	pairQueryArb,
	pairQueryArb.map((q) => `?${q}`),
	fc.webUrl({ withQueryParameters: true, withFragments: true }),
	fc.string({ maxLength: 300 }),
	fc.string({ unit: 'binary', maxLength: 300 }),
	fc.constantFrom(...HOSTILE),
	fc.string({ maxLength: 20 }).map((s) => s.repeat(2000)),
);

/** What is wrong with a decoded scenario, if anything (checked without per-field expects, for speed). */
function problemsOf(scenario: Scenario, notices: { code: string; key: string; value?: string }[]): string[] {
	const problems: string[] = [];
	if (!incidentIds.includes(scenario.incident)) problems.push(`incident ${scenario.incident}`);
	if (!incidentIds.includes(scenario.packageFrom)) problems.push(`package ${scenario.packageFrom}`);
	for (const c of COMPONENTS) if (typeof scenario.components[c.id] !== 'boolean') problems.push(`toggle ${c.id}`);
	for (const p of inputs.parameters) {
		const x = scenario.values[p.key];
		if (!Number.isFinite(x) || x < p.range.min || x > p.range.max || Object.is(x, -0)) problems.push(`${p.key} = ${x}`);
	}
	for (const n of notices) {
		if (!CODES.includes(n.code as ScenarioNoticeCode)) problems.push(`notice code ${n.code}`);
		if (n.key.length > 41 || (n.value?.length ?? 0) > 41) problems.push(`notice too long: ${n.key}`);
	}
	if (notices.length > 31) problems.push(`${notices.length} notices`);
	return problems;
}

describe('encodeScenario / decodeScenario', () => {
	it('encodeScenario(defaultScenario) writes only the version and the incident', () => {
		expect(encodeScenario(defaultScenario(inputs, 'kt-2025'), inputs)).toBe('v=1&i=kt-2025');
	});

	it('decodeScenario(encodeScenario(s)) returns s for any valid scenario, with no notices', () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				const { scenario, notices } = decodeScenario(encodeScenario(s, inputs), inputs);
				expect(scenario).toEqual(s);
				expect(notices).toEqual([]);
			}),
			{ numRuns: 2000 },
		);
	});

	it('encodeScenario(decodeScenario(q)) is stable for any query once decoded', () => {
		fc.assert(
			fc.property(queryArb, (q) => {
				const once = encodeScenario(decodeScenario(q, inputs).scenario, inputs);
				expect(encodeScenario(decodeScenario(once, inputs).scenario, inputs)).toBe(once);
			}),
			{ numRuns: 1000 },
		);
	});

	it('decodeScenario(q) never throws and always returns values within the documented ranges (10,000 hostile queries)', () => {
		fc.assert(
			fc.property(queryArb, (q) => {
				const { scenario, notices } = decodeScenario(q, inputs);
				expect(problemsOf(scenario, notices)).toEqual([]);
			}),
			{ numRuns: 10_000 },
		);
	});

	it('decodeScenario(q) accepts URLSearchParams and whole URLs', () => {
		const url = `https://example.org/model/?v=1&i=kt-2025&${urlOf('arpu')}=30000#top`;

		expect(decodeScenario(url, inputs).scenario.values.arpu).toBe(30_000);
		expect(decodeScenario(new URLSearchParams(`i=kt-2025&${urlOf('arpu')}=31000`), inputs).scenario.values.arpu).toBe(31_000);
	});

	it('decodeScenario(q) clamps out-of-range numbers and says so', () => {
		const { scenario, notices } = decodeScenario(`v=1&i=skt-2025&${urlOf('discountRate')}=150&${urlOf('arpu')}=-5`, inputs);

		expect(scenario.values.discountRate).toBe(100);
		expect(scenario.values.arpu).toBe(rangeOf('arpu').min);
		expect(notices).toEqual([
			{ code: 'clamped', key: urlOf('discountRate'), value: '150', used: 100 },
			{ code: 'clamped', key: urlOf('arpu'), value: '-5', used: rangeOf('arpu').min },
		]);
	});

	it('decodeScenario(q) replaces malformed numbers by the default and says so', () => {
		const defaults = defaultScenario(inputs, 'skt-2025');

		for (const bad of ['NaN', '1e400', '<script>', '0x10', '']) {
			const { scenario, notices } = decodeScenario(`v=1&i=skt-2025&${urlOf('arpu')}=${encodeURIComponent(bad)}`, inputs);
			expect(scenario.values.arpu, bad).toBe(defaults.values.arpu);
			expect(notices.map((n) => [n.code, n.key])).toEqual([['malformed', urlOf('arpu')]]);
		}
	});

	it('decodeScenario(q) reads -0 as 0', () => {
		const { scenario } = decodeScenario(`v=1&i=kt-2025&${urlOf('discountRate')}=-0`, inputs);

		expect(Object.is(scenario.values.discountRate, 0)).toBe(true);
	});

	it('decodeScenario(q) ignores unknown keys, unknown incidents and unknown components, and says so', () => {
		const { scenario, notices } = decodeScenario('v=1&i=lgu-2023&off=bd.zz&utm_source=x', inputs);

		expect(scenario.incident).toBe(incidentIds[0]);
		expect(scenario.components['bill-discount']).toBe(false);
		expect(notices.map((n) => n.code).sort()).toEqual(['unknown-component', 'unknown-incident', 'unknown-key']);
	});

	it('decodeScenario(q) keeps the first of repeated keys', () => {
		const { scenario, notices } = decodeScenario(`v=1&${urlOf('arpu')}=30000&${urlOf('arpu')}=31000`, inputs);

		expect(scenario.values.arpu).toBe(30_000);
		expect(notices).toEqual([{ code: 'duplicate-key', key: urlOf('arpu'), value: '31000' }]);
	});

	it('decodeScenario(q) ignores a link of an unsupported version entirely', () => {
		const { scenario, notices } = decodeScenario(`v=2&i=kt-2025&${urlOf('arpu')}=30000`, inputs);

		expect(scenario).toEqual(defaultScenario(inputs, incidentIds[0]!));
		expect(notices.map((n) => n.code)).toEqual(['unsupported-version']);
	});

	it('decodeScenario(q) reads a link without a version as the current one and says so', () => {
		const { scenario, notices } = decodeScenario(`i=kt-2025&${urlOf('arpu')}=30000`, inputs);

		expect(scenario.values.arpu).toBe(30_000);
		expect(notices.map((n) => n.code)).toEqual(['missing-version']);
	});

	it('decodeScenario("") gives the default scenario with no notices', () => {
		expect(decodeScenario('', inputs)).toEqual({ scenario: defaultScenario(inputs, incidentIds[0]!), notices: [] });
	});

	it('decodeScenario(q) lists at most 30 notices and counts the rest', () => {
		const q = Array.from({ length: 100 }, (_, i) => `junk${i}=1`).join('&');

		const { notices } = decodeScenario(q, inputs);

		expect(notices).toHaveLength(31);
		expect(notices[30]).toEqual({ code: 'too-many-notices', key: '(query)', used: 70 });
	});

	it('encodeScenario(counterfactual) writes the package incident and the toggles that differ', () => {
		const s = defaultScenario(inputs, 'kt-2025', 'skt-2025');
		s.components['fine'] = false;
		s.components['ott-voucher'] = true;

		expect(encodeScenario(s, inputs)).toBe('v=1&i=kt-2025&p=skt-2025&off=fn&on=ov');
	});
});
