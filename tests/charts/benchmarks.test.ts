import { describe, expect, it } from 'vitest';
import { benchmarksChart } from '../../src/charts/benchmarks/index.ts';
import { benchmarkRows, type BenchmarkChartRow } from '../../src/charts/benchmarks/rows.ts';
import { filterBenchmarkRows } from '../../src/lib/benchmarks/filters.ts';
import { rankInGroup } from '../../src/lib/benchmarks/ranking.ts';
import { renderSvg } from '../../src/charts/shared/render.ts';
import { seriesColor } from '../../src/charts/shared/palette.ts';
import { TYPE_LABEL } from '../../src/charts/benchmarks/labels.ts';
import { formatIssue, type DataIssue } from '../../src/lib/data/DataValidationError.ts';
import { dataReader } from '../../src/lib/data/dataReader.ts';
import { loadDataset } from '../../src/lib/data/loadDataset.ts';
import { figureFor } from '../../src/lib/data/queries.ts';
import { FxFileSchema, type FxRate } from '../../src/schemas/fx.ts';
import type { Benchmark } from '../../src/schemas/benchmark.ts';
import type { Incident } from '../../src/schemas/incident.ts';
import { makeEvent, makeFigure, makeIncident, makeRemedy } from '../fixtures/incidents.ts';
import { mutateYaml } from '../support/fixtureData.ts';
import { BENCH_FIXTURE, copyBenchFixture, FIXTURE_CASE, loadValid } from '../benchmarks/support.ts';

const text = (ko: string, en: string) => ({ ko, en });
const ctx = { locale: 'en' as const, width: 720 };

function fixtureFx(): FxRate[] {
	const issues: DataIssue[] = [];
	const f = dataReader(BENCH_FIXTURE, process.cwd(), issues).readOne('fx.yaml', FxFileSchema);
	if (!f) throw new Error(issues.map(formatIssue).join('\n'));
	return f.data;
}
function fixtureCases(mutate?: (doc: any) => void): Benchmark[] {
	const root = copyBenchFixture();
	if (mutate) mutateYaml(root, FIXTURE_CASE, mutate);
	return loadValid(root);
}

/** A synthetic carrier whose package and people count the tests vary. */
function carrier(id: string, short: string, o: { package: number; people: number; lines?: number; order?: number }): Incident {
	return makeIncident({
		id,
		shortName: text(short, short),
		company: text(`${short} 텔레콤`, `${short} Telecom`),
		order: o.order ?? 0,
		figures: [
			makeFigure({ id: 'people', metric: 'people-affected', unit: 'people', value: o.people }),
			makeFigure({ id: 'lines', metric: 'subscriber-lines', unit: 'lines', value: o.lines ?? o.people }),
		],
		events: [makeEvent()],
		remedies: [
			makeRemedy({
				id: 'discount',
				kind: 'bill-discount',
				announcedValue: { value: o.package, unit: 'krw', scope: text('전체', 'All'), confidence: 'official', sources: ['syn-v'] },
			}),
			makeRemedy({
				id: 'fine',
				kind: 'fine',
				audience: 'company',
				parameters: [{ key: 'amount', label: text('금액', 'Amount'), value: 1_000_000_000, unit: 'krw' }],
			}),
		],
	});
}

const row = (rows: readonly BenchmarkChartRow[], key: string) => {
	const r = rows.find((x) => x.key === key);
	if (!r) throw new Error(`no row ${key}: ${rows.map((x) => x.key).join(', ')}`);
	return r;
};
/** Every datum of every mark of a plot, as rows. */
const plotted = (plot: any): BenchmarkChartRow[] =>
	(plot.marks ?? []).flatMap((m: any) => (Array.isArray(m.data) ? m.data : [])).filter((d: any) => d && typeof d === 'object' && 'key' in d);

describe('benchmarksChart on the fixture case and synthetic incidents', () => {
	const fx = fixtureFx();
	const usd = fx.find((r) => r.preferred && r.currency === 'USD')!.krwPerUnit;
	const alpha = carrier('alpha-2025', 'Alpha', { package: 100_000_000_000, people: 4_000_000, lines: 5_000_000 });
	const rows = benchmarkRows(fixtureCases(), [alpha], fx, 'en');
	const model = benchmarksChart(rows, ctx);

	it('benchmarksChart computes per-unit KRW and USD from the data, and follows it when it changes', () => {
		const r = row(rows, 'alpha-2025/discount/people');
		expect(r.krw).toBe(100_000_000_000 / 4_000_000);
		expect(r.usd).toBeCloseTo(100_000_000_000 / 4_000_000 / usd, 9);
		expect(r.denominator).toMatchObject({ unit: 'people', value: 4_000_000 });
		const doubled = benchmarkRows([], [carrier('alpha-2025', 'Alpha', { package: 200_000_000_000, people: 4_000_000 })], fx, 'en');
		expect(row(doubled, 'alpha-2025/discount/people').krw).toBe(2 * r.krw!);
		// A benchmark amount: the fixture's USD fund over its people, converted with the fixture rate.
		const fund = row(rows, 'ex-bench-2020/fund/people');
		expect(fund.usd).toBe(3_000_000 / 1_000_000);
		expect(fund.krw).toBeCloseTo((3_000_000 / 1_000_000) * usd, 9);
		const more = benchmarkRows(fixtureCases((d) => (d.remedies[0].amount.value *= 5)), [], fx, 'en');
		expect(row(more, 'ex-bench-2020/fund/people').usd).toBe(15);
	});

	it('benchmarksChart divides an all-customer package by lines and adds the other definitions for the site’s incidents only', () => {
		expect(row(rows, 'alpha-2025/discount/lines')).toMatchObject({ primary: true, krw: 100_000_000_000 / 5_000_000 });
		expect(row(rows, 'alpha-2025/discount/people')).toMatchObject({ primary: false, krw: 100_000_000_000 / 4_000_000 });
		expect(rows.filter((r) => r.caseId === 'ex-bench-2020').every((r) => r.primary)).toBe(true);
	});

	it('benchmarksChart flags the GBP amount in the notes with its reason and keeps it in the rows', () => {
		const fine = row(rows, 'ex-bench-2020/fine/people');
		expect(fine.krw).toBeNull();
		expect(fine.native).toMatchObject({ currency: 'GBP', value: 400_000 / 1_000_000 });
		expect(fine.excluded).toEqual({ reason: 'no-sourced-rate', currency: 'GBP' });
		expect(model.notes).toContain('1 GBP amount is not converted: no sourced GBP rate (Example case).');
		expect(model.notes.some((n) => /sources give no amount/.test(n))).toBe(true);
		const ko = benchmarksChart(benchmarkRows(fixtureCases(), [alpha], fx, 'ko'), { locale: 'ko', width: 720 });
		expect(ko.notes.some((n) => n.startsWith('GBP 금액 1건은 환산하지 않았다'))).toBe(true);
	});

	it('benchmarksChart draws each group in its own view and never mixes them', () => {
		expect(model.views!.map((v) => v.id)).toEqual(['penalties', 'security']);
		const groups = (p: any) => [...new Set(plotted(p).map((r) => r.group))];
		expect(groups(model.plot)).toEqual(['victims']);
		expect(groups(model.views![0]!.plot)).toEqual(['penalties']);
		expect(groups(model.views![1]!.plot)).toEqual(['security']);
		// Only converted values are drawn.
		for (const p of [model.plot, ...model.views!.map((v) => v.plot)]) expect(plotted(p).every((r) => r.krw !== null && r.krw > 0)).toBe(true);
	});

	it('benchmarksChart highlights the site’s incidents by more than colour', () => {
		const dots = (model.plot.marks as any[]).filter((m) => Array.isArray(m.data) && m.data.some((d: any) => d?.highlight));
		expect(dots.length).toBeGreaterThan(0);
		const svg = renderSvg(model.plot, 'test');
		expect(svg).toMatch(/font-weight="bold"/);
		expect(svg).toMatch(/r="7"/);
	});

	it('benchmarksChart computes its takeaway and title from the data', () => {
		expect(model.takeaway).toContain('Alpha');
		expect(model.takeaway).toContain('₩20,000 per line');
		expect(model.title).toContain('beside 1 other breach');
		expect(model.description).toContain('Example case');
	});

	it('benchmarksChart puts a third incident in the chart with no code change', () => {
		const beta = carrier('beta-2025', 'Beta', { package: 5_000_000_000, people: 10_000, order: 1 });
		const gamma = carrier('gamma-2026', 'Gamma', { package: 30_000_000_000, people: 100_000, order: 2 });
		const m = benchmarksChart(benchmarkRows(fixtureCases(), [alpha, beta, gamma], fx, ctx.locale), ctx);
		const labels = (m.plot.y as { domain: string[] }).domain;
		expect(labels.filter((l) => /^(Alpha|Beta|Gamma) ·/.test(l))).toHaveLength(3);
		expect(row(m.rows, 'gamma-2026/discount/lines')).toMatchObject({ highlight: true, krw: 300_000 });
		expect(rankInGroup(m.rows, 'victims').map((x) => [x.row.caseId, x.rank])).toEqual([
			['beta-2025', 1],
			['gamma-2026', 2],
			['alpha-2025', 3],
		]);
		expect(m.takeaway).toMatch(/Gamma’s is ₩300,000 per line, 2nd of 4 cases/);
	});

	it('benchmarksChart rows filter by country, year range and type', () => {
		const us = { ...fixtureCases()[0]!, id: 'us-case', country: 'US', breachYear: 2012, disclosed: '2013' };
		const all = benchmarkRows([...fixtureCases(), us], [alpha], fx, 'en');
		expect(new Set(filterBenchmarkRows(all, { countries: ['US'] }).map((r) => r.caseId))).toEqual(new Set(['us-case']));
		expect(new Set(filterBenchmarkRows(all, { from: 2012, to: 2013 }).map((r) => r.caseId))).toEqual(new Set(['us-case']));
		expect(new Set(filterBenchmarkRows(all, { from: 2025 }).map((r) => r.caseId))).toEqual(new Set(['alpha-2025']));
		expect(new Set(filterBenchmarkRows(all, { types: ['fine'] }).map((r) => r.type))).toEqual(new Set(['fine']));
		expect(filterBenchmarkRows(all, {})).toHaveLength(all.length);
		expect(filterBenchmarkRows(all, { countries: [], types: [] })).toHaveLength(all.length);
	});

	it('benchmarksChart says why when nothing matches and draws a message when a view is empty', () => {
		const none = benchmarksChart([], ctx);
		expect(none.empty?.reason).toBeTruthy();
		const finesOnly = benchmarksChart(filterBenchmarkRows(rows, { types: ['fine'] }), ctx);
		expect(finesOnly.empty).toBeUndefined();
		expect(renderSvg(finesOnly.plot, 'test')).toContain('Nothing to draw');
	});

	it('benchmarksChart renders every view to SVG in both locales', () => {
		for (const locale of ['ko', 'en'] as const) {
			const m = benchmarksChart(benchmarkRows(fixtureCases(), [alpha], fx, locale), { locale, width: 720 });
			for (const p of [m.plot, ...m.views!.map((v) => v.plot)]) expect(renderSvg(p, 'test')).toMatch(/^<svg/);
		}
	});
});

describe('benchmarksChart on the real data', () => {
	const data = loadDataset();
	const rows = benchmarkRows(data.benchmarks, data.incidents, data.fx, ctx.locale);
	const model = benchmarksChart(rows, ctx);

	it('benchmarksChart gives each view its own key: what it draws, each colour once, as its dots carry it', () => {
		const typeLabel = (r: (typeof rows)[number]) => TYPE_LABEL[r.type][ctx.locale];
		for (const [group, legend] of [['victims', model.legend!], ...model.views!.map((v) => [v.id, v.legend!] as const)] as const) {
			const drawn = rows.filter((x) => x.krw !== null && x.group === group);
			expect(legend.map((k) => k.label).sort()).toEqual([...new Set(drawn.map(typeLabel))].sort());
			expect(new Set(legend.map((k) => k.color)).size).toBe(legend.length);
			for (const r of drawn) expect(legend.find((k) => k.label === typeLabel(r))!.color).toBe(seriesColor(r.colorIndex));
		}
	});

	it('benchmarksChart keeps the key’s colours on its dots when a filter removes a type', () => {
		const drawn = rows.filter((x) => x.krw !== null && x.group === 'victims');
		expect(new Set(drawn.map((r) => r.type)).size).toBeGreaterThan(2);
		const firstType = drawn.find((r) => r.colorIndex === 0)!.type;
		const rest = rows.filter((r) => r.type !== firstType);
		const filtered = benchmarksChart(rest, ctx);
		for (const r of rest.filter((x) => x.krw !== null && x.group === 'victims')) {
			expect(filtered.legend!.find((k) => k.label === TYPE_LABEL[r.type][ctx.locale])!.color).toBe(seriesColor(r.colorIndex));
		}
	});


	it('benchmarksChart divides SKT’s and KT’s announced packages by the people figures in the incident files', () => {
		for (const inc of data.incidents) {
			const people = figureFor(inc, 'people-affected')!;
			const pkg = inc.remedies.find((r) => r.announcedValue && r.kind !== 'security-investment' && r.kind !== 'fine')!;
			expect(row(model.rows, `${inc.id}/${pkg.id}/people`).krw).toBeCloseTo(pkg.announcedValue!.value / people.value, 6);
		}
		expect(model.rows.some((r) => r.caseId === 'kt-2025' && r.denominator.unit === 'records')).toBe(false);
	});

	it('benchmarksChart has every case and names every excluded currency', () => {
		expect(new Set(model.rows.map((r) => r.caseId)).size).toBe(data.benchmarks.length + data.incidents.length);
		const currencies = new Set(model.rows.flatMap((r) => (r.excluded?.reason === 'no-sourced-rate' ? [r.excluded.currency] : [])));
		for (const c of currencies) expect(model.notes.some((n) => n.includes(`no sourced ${c} rate`))).toBe(true);
		for (const id of model.sources) expect(data.sourceById.has(id), id).toBe(true);
	});
});
