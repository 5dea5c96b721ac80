import { describe, expect, it } from 'vitest';
import { DataValidationError } from '../../src/lib/data/DataValidationError.ts';
import { loadDataset } from '../../src/lib/data/loadDataset.ts';
import { copyFixture, mutateYaml, readRaw, writeRaw } from '../support/fixtureData.ts';

const INC = 'incidents/ex-2025.yaml';

/** Loads a mutated fixture and returns the error message lines (`file: field: reason`). */
function problems(setup: (root: string) => void): string[] {
	const root = copyFixture();
	setup(root);
	try {
		loadDataset('data', root);
	} catch (e) {
		expect(e).toBeInstanceOf(DataValidationError);
		return (e as DataValidationError).message.split('\n').slice(1).map((l) => l.trim());
	}
	throw new Error('expected the data to be rejected');
}

describe('loadDataset rejects bad input with `file: field: reason`', () => {
	it('loadDataset(fixture) accepts the unmodified fixture', () => {
		expect(loadDataset('data', copyFixture()).incidents).toHaveLength(1);
	});

	it.each<[string, (root: string) => void, string]>([
		[
			'wrong type',
			(r) => mutateYaml(r, INC, (d) => (d.figures[0].value = 'lots')),
			'data/incidents/ex-2025.yaml: figures[0].value: Invalid input: expected number, received string',
		],
		[
			'missing field',
			(r) => mutateYaml(r, INC, (d) => delete d.figures[0].definition),
			'data/incidents/ex-2025.yaml: figures[0].definition: Invalid input: expected object, received undefined',
		],
		[
			'unknown source id',
			(r) => mutateYaml(r, INC, (d) => (d.figures[0].sources = ['ex-s1', 'nope'])),
			'data/incidents/ex-2025.yaml: figures[0].sources[1]: unknown source id "nope"',
		],
		[
			'unknown source id deep in a remedy',
			(r) => mutateYaml(r, INC, (d) => (d.remedies[0].announcedValue.sources = ['ghost'])),
			'data/incidents/ex-2025.yaml: remedies[0].announcedValue.sources[0]: unknown source id "ghost"',
		],
		[
			'unit outside the closed set',
			(r) => mutateYaml(r, INC, (d) => (d.figures[0].unit = 'victims')),
			'data/incidents/ex-2025.yaml: figures[0].unit: Invalid option: expected one of',
		],
		[
			'negative count',
			(r) => mutateYaml(r, INC, (d) => (d.figures[0].value = -5)),
			'data/incidents/ex-2025.yaml: figures[0].value: a count of records cannot be negative',
		],
		[
			'percentage out of range',
			(r) => mutateYaml(r, INC, (d) => (d.remedies[0].parameters[0].value = 150)),
			'data/incidents/ex-2025.yaml: remedies[0].parameters[0].value: a percentage must be between 0 and 100',
		],
		[
			'reversed window',
			(r) => mutateYaml(r, INC, (d) => (d.remedies[0].window = { start: '2025-08-31', end: '2025-08-01' })),
			'data/incidents/ex-2025.yaml: remedies[0].window.end: window start is after its end',
		],
		[
			'impossible date',
			(r) => mutateYaml(r, INC, (d) => (d.events[0].date = '2025-02-30')),
			'data/incidents/ex-2025.yaml: events[0].date: must be a valid date written YYYY-MM-DD',
		],
		[
			'event ending before it starts',
			(r) => mutateYaml(r, INC, (d) => (d.events[1].endDate = '2025-07-01')),
			'data/incidents/ex-2025.yaml: events[1].endDate: endDate is before date',
		],
		[
			'duplicate id inside an incident',
			(r) => mutateYaml(r, INC, (d) => (d.events[1].id = 'records-leaked')),
			'data/incidents/ex-2025.yaml: events[1].id: duplicate id "records-leaked" (first used at data/incidents/ex-2025.yaml: figures[0])',
		],
		[
			'misspelt field',
			(r) => mutateYaml(r, INC, (d) => (d.figures[0].vale = 3)),
			'data/incidents/ex-2025.yaml: figures[0]: Unrecognized key: "vale"',
		],
		[
			'alternatives without a reason',
			(r) => mutateYaml(r, INC, (d) => delete d.figures[0].preferredReason),
			'data/incidents/ex-2025.yaml: figures[0].preferredReason: is required when alternatives are listed',
		],
		[
			'incident id differs from the file name',
			(r) => mutateYaml(r, INC, (d) => (d.id = 'other-2025')),
			'data/incidents/ex-2025.yaml: id: must equal the file name "ex-2025" (found "other-2025")',
		],
		[
			'no disclosure event on the disclosure date',
			(r) => mutateYaml(r, INC, (d) => (d.disclosureDate = '2025-04-23')),
			'data/incidents/ex-2025.yaml: disclosureDate: no event of kind "disclosure" is dated 2025-04-23',
		],
		[
			'empty Korean label',
			(r) => mutateYaml(r, INC, (d) => (d.figures[0].label.ko = '  ')),
			'data/incidents/ex-2025.yaml: figures[0].label.ko: Korean text is empty',
		],
		[
			'daily point outside its window',
			(r) => mutateYaml(r, INC, (d) => (d.outcomes[0].daily[0].date = '2025-06-30')),
			'data/incidents/ex-2025.yaml: outcomes[0].daily[0].date: daily point falls outside the window',
		],
		[
			'YAML syntax error',
			(r) => writeRaw(r, INC, readRaw(r, INC).replace('order: 0', 'order: [0')),
			'data/incidents/ex-2025.yaml: (line',
		],
		[
			'a key written twice',
			(r) => writeRaw(r, INC, readRaw(r, INC).replace('order: 0', 'order: 0\norder: 1')),
			'data/incidents/ex-2025.yaml: (line 8, column 1): YAML syntax error: Map keys must be unique',
		],
		[
			'duplicate source id across bibliography files',
			(r) => writeRaw(r, 'sources/more.yaml', readRaw(r, 'sources/example.yaml')),
			'data/sources/more.yaml: [0].id: duplicate id "ex-s1" (first used at data/sources/example.yaml: [0])',
		],
		[
			'source URL that is not http(s)',
			(r) => mutateYaml(r, 'sources/example.yaml', (d) => (d[0].url = 'javascript:alert(1)')),
			'data/sources/example.yaml: [0].url: must be an http(s) URL',
		],
		[
			'source kind outside the closed set',
			(r) => mutateYaml(r, 'sources/example.yaml', (d) => (d[0].kind = 'rumour')),
			'data/sources/example.yaml: [0].kind: Invalid option',
		],
		[
			'exchange rate not positive',
			(r) => mutateYaml(r, 'fx.yaml', (d) => (d[0].krwPerUnit = 0)),
			'data/fx.yaml: [0].krwPerUnit: an exchange rate must be positive',
		],
		[
			'currency without a preferred rate',
			(r) => mutateYaml(r, 'fx.yaml', (d) => (d[0].preferred = false)),
			'data/fx.yaml: (root): currency USD has no rate marked preferred',
		],
		[
			'correction pointing at a record that does not exist',
			(r) =>
				mutateYaml(r, 'corrections.yaml', (d) =>
					d.push({
						id: 'c1',
						date: '2025-08-01',
						target: 'ex-2025/missing',
						field: 'value',
						oldValue: { value: 1, unit: 'count' },
						newValue: { value: 2, unit: 'count' },
						reason: { ko: '오타', en: 'Typo' },
						sources: ['ex-s1'],
					}),
				),
			'data/corrections.yaml: [0].target: "ex-2025/missing" does not name an existing record',
		],
		[
			'pending benchmark item without the date its status was last confirmed',
			(r) => mutateYaml(r, 'benchmarks/ex-bench-2020.yaml', (d) => d.remedies.forEach((x: { statusAsOf?: string }) => delete x.statusAsOf)),
			'data/benchmarks/ex-bench-2020.yaml: remedies[5].statusAsOf: is required while the status is pending',
		],
		[
			'financial with an alternative but no reason for the preferred value',
			(r) =>
				mutateYaml(r, INC, (d) =>
					d.financials[0].alternatives = [{ value: 1, sources: ['ex-s1'], note: { ko: '오기', en: 'Misprint' } }],
				),
			'data/incidents/ex-2025.yaml: financials[0].preferredReason: is required when alternatives are listed',
		],
		[
			'correction with a number in an unknown unit',
			(r) =>
				mutateYaml(r, 'corrections.yaml', (d) =>
					d.push({
						id: 'c2',
						date: '2025-08-01',
						target: 'ex-2025/missing',
						field: 'value',
						oldValue: { value: 1, unit: 'furlongs' },
						newValue: { value: 2, unit: 'count' },
						reason: { ko: '오타', en: 'Typo' },
						sources: ['ex-s1'],
					}),
				),
			'data/corrections.yaml: [0].oldValue',
		],
		[
			'gross departures below zero',
			(r) => mutateYaml(r, INC, (d) => (d.outcomes[0].value = -1)),
			'data/incidents/ex-2025.yaml: outcomes[0].value: gross departures cannot be negative',
		],
	])('%s', (_name, setup, expected) => {
		const lines = problems(setup);

		expect(lines.some((l) => l.startsWith(expected)), `got:\n${lines.join('\n')}`).toBe(true);
	});

	it('loadDataset reports every problem at once, not just the first', () => {
		const lines = problems((r) =>
			mutateYaml(r, INC, (d) => {
				d.figures[0].value = 'x';
				d.events[0].date = 'soon';
			}),
		);

		expect(lines).toHaveLength(2);
	});
});

describe('units are never mixed', () => {
	it('FigureSchema rejects a records-leaked figure counted in people', () => {
		const lines = problems((r) => mutateYaml(r, INC, (d) => (d.figures[0].unit = 'people')));

		expect(lines).toContain('data/incidents/ex-2025.yaml: figures[0].unit: metric records-leaked is counted in records, not people');
	});
});
