import { describe, expect, it } from 'vitest';
import { REMEDY_TYPES } from '../../src/schemas/benchmark.ts';
import { mutateYaml, writeRaw, readRaw } from '../support/fixtureData.ts';
import { copyBenchFixture, FIXTURE_CASE, load, loadValid } from './support.ts';

const FILE = 'data/benchmarks/ex-bench-2020.yaml';

/** Loads the fixture after `setup` and returns every `file: field: reason` line. */
function problems(setup: (root: string) => void): string[] {
	const root = copyBenchFixture();
	setup(root);
	const { cases, messages } = load(root);
	expect(cases).toBeUndefined();
	return messages;
}

describe('loadBenchmarks(fixture)', () => {
	it('loadBenchmarks accepts the unmodified fixture and fills defaults', () => {
		const [c] = loadValid(copyBenchFixture());
		expect(c!.id).toBe('ex-bench-2020');
		expect(c!.comparability).toBe('direct');
		expect(c!.remedies[0]!.amount!.basis).toBe('total');
		expect(c!.remedies[0]!.scope).toBe('this-breach');
		// YAML reads `date: 2022` as a number; the schema keeps it as the string "2022".
		expect(c!.remedies.find((r) => r.id === 'award')!.date).toBe('2022');
	});
});

describe('loadBenchmarks rejects bad input with `file: field: reason`', () => {
	it.each<[string, (root: string) => void, string[]]>([
		[
			'negative amount',
			(r) => mutateYaml(r, FIXTURE_CASE, (d) => (d.remedies[0].amount.value = -5)),
			[`${FILE}: remedies[0].amount.value: an amount cannot be negative`],
		],
		[
			'unknown remedy type',
			(r) => mutateYaml(r, FIXTURE_CASE, (d) => (d.remedies[0].type = 'apology')),
			[`${FILE}: remedies[0].type: unknown remedy type "apology" (expected one of: ${REMEDY_TYPES.join(', ')})`],
		],
		[
			'unknown source id',
			(r) => mutateYaml(r, FIXTURE_CASE, (d) => (d.remedies[1].sources = ['ex-bm-s2', 'bm-nope'])),
			[`${FILE}: remedies[1].sources[1]: unknown source id "bm-nope"`],
		],
		[
			'unknown source id inside a multiplier',
			(r) => mutateYaml(r, FIXTURE_CASE, (d) => (d.remedies[2].multiplier.sources = ['bm-nope'])),
			[`${FILE}: remedies[2].multiplier.sources[0]: unknown source id "bm-nope"`],
		],
		[
			'currency in lower case',
			(r) => mutateYaml(r, FIXTURE_CASE, (d) => (d.remedies[0].amount.currency = 'usd')),
			[`${FILE}: remedies[0].amount.currency: must be a 3-letter ISO 4217 code such as USD`],
		],
		[
			'currency that is not ISO 4217',
			(r) => mutateYaml(r, FIXTURE_CASE, (d) => (d.remedies[0].amount.currency = 'XYZ')),
			[`${FILE}: remedies[0].amount.currency: is not an ISO 4217 currency code`],
		],
		[
			'amount without a currency',
			(r) => mutateYaml(r, FIXTURE_CASE, (d) => delete d.remedies[0].amount.currency),
			[`${FILE}: remedies[0].amount.currency: Invalid input: expected string, received undefined`],
		],
		[
			'country in lower case',
			(r) => mutateYaml(r, FIXTURE_CASE, (d) => (d.country = 'kr')),
			[`${FILE}: country: must be a 2-letter ISO 3166-1 code such as KR`],
		],
		[
			'country that is not ISO 3166',
			(r) => mutateYaml(r, FIXTURE_CASE, (d) => (d.country = 'UK')),
			[`${FILE}: country: is not an ISO 3166-1 country code`],
		],
		[
			'unknown unit of an affected count',
			(r) => mutateYaml(r, FIXTURE_CASE, (d) => (d.affected[1].unit = 'users')),
			[`${FILE}: affected[1].unit: unknown unit "users" (expected one of: people, accounts, records, subscribers, lines)`],
		],
		[
			'impossible date',
			(r) => mutateYaml(r, FIXTURE_CASE, (d) => (d.remedies[0].date = '2021-02-30')),
			[`${FILE}: remedies[0].date: is not a real calendar date`],
		],
		[
			'decision dated before the breach',
			(r) => mutateYaml(r, FIXTURE_CASE, (d) => (d.remedies[0].date = '2019-12')),
			[`${FILE}: remedies[0].date: is before the breach year 2020`],
		],
		[
			'two primary counts',
			(r) =>
				mutateYaml(r, FIXTURE_CASE, (d) => {
					d.affected[1].primary = true;
					d.affected[1].primaryReason = { ko: '이유', en: 'reason' };
				}),
			[`${FILE}: affected: exactly one count must be primary (found 2)`],
		],
		[
			'primary count without a reason',
			(r) => mutateYaml(r, FIXTURE_CASE, (d) => delete d.affected[0].primaryReason),
			[`${FILE}: affected[0].primaryReason: is required on the primary count (say why it is the denominator)`],
		],
		[
			'denominator that is not a count of the case',
			(r) => mutateYaml(r, FIXTURE_CASE, (d) => (d.remedies[0].denominator = 'accounts')),
			[`${FILE}: remedies[0].denominator: "accounts" is not an affected count of this case`],
		],
		[
			'multiplier on a total amount',
			(r) => mutateYaml(r, FIXTURE_CASE, (d) => (d.remedies[0].multiplier = { affected: 'people' })),
			[`${FILE}: remedies[0].multiplier: is only allowed when amount.basis is "each"`],
		],
		[
			'partOf naming no item',
			(r) => mutateYaml(r, FIXTURE_CASE, (d) => (d.remedies[1].partOf = 'nothing')),
			[`${FILE}: remedies[1].partOf: "nothing" is not a remedy item of this case`],
		],
		[
			'Korean text missing',
			(r) => mutateYaml(r, FIXTURE_CASE, (d) => (d.remedies[0].description.ko = ' ')),
			[`${FILE}: remedies[0].description.ko: Korean text is empty`],
		],
		[
			'duplicate id within a case (counts and items share one namespace)',
			(r) => mutateYaml(r, FIXTURE_CASE, (d) => (d.remedies[3].id = 'records')),
			[`${FILE}: remedies[3].id: duplicate id "records" (first used at ${FILE}: affected[1])`],
		],
		[
			'file name differs from the case id',
			(r) => mutateYaml(r, FIXTURE_CASE, (d) => (d.id = 'other-2020')),
			[`${FILE}: id: must equal the file name "ex-bench-2020" (found "other-2020")`],
		],
		[
			'same case id in two files',
			(r) => writeRaw(r, 'benchmarks/ex-bench-2020-copy.yaml', readRaw(r, FIXTURE_CASE)),
			[
				'data/benchmarks/ex-bench-2020-copy.yaml: id: must equal the file name "ex-bench-2020-copy" (found "ex-bench-2020")',
				`${FILE}: id: duplicate case id "ex-bench-2020" (also data/benchmarks/ex-bench-2020-copy.yaml)`,
			],
		],
		[
			'YAML syntax error',
			(r) => writeRaw(r, FIXTURE_CASE, 'id: ex-bench-2020\nname: [unclosed\n'),
			[`${FILE}: (line 3, column 1): YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]`],
		],
	])('%s', (_name, setup, expected) => {
		expect(problems(setup)).toEqual(expected);
	});
});
