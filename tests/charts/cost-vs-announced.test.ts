import { describe, expect, it } from 'vitest';
import { costVsAnnouncedChart } from '../../src/charts/cost-vs-announced/index.ts';
import { COST_GROUPS, costRows, type CostRow } from '../../src/charts/cost-vs-announced/rows.ts';
import { defaultResults, modelChart } from '../../src/charts/shared/modelRuns.ts';
import { formatModelKrw } from '../../src/charts/shared/estimateFormat.ts';
import { renderSvg } from '../../src/charts/shared/render.ts';
import { toCsv } from '../../src/charts/shared/toCsv.ts';
import { LOCALES } from '../../src/lib/format/locale.ts';
import { COMPONENTS, componentSpec, defaultScenario, runModel } from '../../src/lib/model/index.ts';
import { MODEL_DRAWS, copyInputs, incidentKey, modelFixture, withGamma } from './charts.ts';

const en = { locale: 'en', width: 720 } as const;
const find = (rows: readonly CostRow[], incidentId: string, id: string) => rows.find((r) => r.incidentId === incidentId && r.id === id);

describe('costRows', () => {
	it('costRows(results, inputs) has one row per switched-on component, at the run’s central and percentiles', () => {
		const { inputs, results } = modelFixture();
		const rows = costRows(results, inputs, 'en');

		for (const result of results) {
			for (const c of result.components) {
				const row = find(rows, result.incident, c.id);
				if (!c.enabled) expect(row).toBeUndefined();
				else expect(row).toMatchObject({ kind: 'component', group: componentSpec(c.id).decided ? c.block : 'pending', central: c.cost.central, p5: c.cost.p5, p95: c.cost.p95, retail: c.retailValue });
			}
		}
	});

	it('costRows(results, inputs) takes announced values from the reconciliation, never from code', () => {
		const { inputs, results } = modelFixture();
		const rows = costRows(results, inputs, 'en');

		for (const rec of results.flatMap((r) => r.reconciliation.map((x) => ({ incident: r.incident, ...x })))) {
			const alone = rec.measure.kind === 'components' && rec.measure.components.length === 1 ? rec.measure.components[0]! : rec.id;
			const row = find(rows, rec.incident, alone)!;
			expect(row.stated).toBe(rec.stated?.value ?? null);
			expect(row.press).toBe(rec.press?.value ?? null);
			expect(row.sources).toEqual(expect.arrayContaining([...(rec.stated?.sources ?? []), ...(rec.press?.sources ?? [])]));
		}
	});

	it('costRows(results, inputs) keeps fines and security apart from customer remedies, bundles spanning blocks last', () => {
		const { inputs, results } = modelFixture();
		const rows = costRows(results, inputs, 'en');
		const categoryOf = new Map(COMPONENTS.map((c) => [c.id as string, c.block]));
		const order: string[] = [...COST_GROUPS];

		expect(rows.filter((r) => r.id === 'fine').every((r) => r.group === 'sanctions')).toBe(true);
		// Pending sanctions are a scenario outside every total: never under the decided sanctions' heading.
		expect(rows.some((r) => r.id === 'pending-liabilities')).toBe(true);
		expect(rows.filter((r) => r.id === 'pending-liabilities').every((r) => r.group === 'pending')).toBe(true);
		expect(order.indexOf('pending')).toBe(order.indexOf('sanctions') + 1);
		expect(rows.filter((r) => r.id === 'security-investment').every((r) => r.group === 'security')).toBe(true);
		// A bundle whose components span categories (a headline mixing discounts and the pledge) sits in none of them.
		for (const rec of results.flatMap((r) => r.reconciliation)) {
			if (rec.measure.kind !== 'components' || rec.measure.components.length < 2) continue;
			const cats = new Set(rec.measure.components.map((id) => categoryOf.get(id)));
			expect(rows.find((r) => r.id === rec.id)?.group).toBe(cats.size > 1 ? 'mixed' : [...cats][0]);
		}
		for (const incident of results.map((r) => r.incident)) {
			const mine = rows.filter((r) => r.incidentId === incident).map((r) => order.indexOf(r.group));
			expect(mine).toEqual([...mine].sort((a, b) => a - b));
		}
	});

	it('costRows(results, inputs) drops announced values when the scenario is not the real package', () => {
		const { inputs } = modelFixture();
		const counterfactual = runModel(inputs, defaultScenario(inputs, 'beta-2025', 'alpha-2025'), MODEL_DRAWS);
		const rows = costRows([counterfactual], inputs, 'en');

		expect(rows.every((r) => r.stated === null && r.press === null)).toBe(true);
		expect(rows.some((r) => r.kind === 'compared')).toBe(false);
	});
});

describe('costVsAnnouncedChart', () => {
	it.each(LOCALES)('costVsAnnouncedChart(results, inputs) fulfils the ChartSpec contract (%s)', (locale) => {
		const { inputs, results } = modelFixture();
		const model = costVsAnnouncedChart(results, inputs, { locale, width: 720 });

		expect(model.id).toBe('cost-vs-announced');
		expect(model.empty).toBeUndefined();
		expect(model.plot.width).toBe(720);
		expect(model.plot.ariaLabel).toBeTruthy();
		for (const text of [model.title, model.takeaway, model.description, ...model.notes]) expect(text).not.toMatch(/undefined|NaN|null|\[object/);
		expect(model.sources.length).toBeGreaterThan(0);
		expect(model.sources.filter((s) => !/^syn-s\d+$/.test(s))).toEqual([]);
		expect(renderSvg(model.plot, 't')).not.toMatch(/(fill|stroke)="(#|rgb|hsl)/);
		expect(incidentKey(model.legend)).toEqual(inputs.incidents.map((inc, i) => ({ label: inc.shortName[locale], color: `var(--series-${i})` })));
		expect(toCsv(model, locale, new Map()).trimEnd().split('\r\n')).toHaveLength(model.rows.length + 1);
	});

	it('costVsAnnouncedChart(results, inputs) takeaway names the widest customer-remedy gap to a stated figure, computed from the rows', () => {
		const { inputs, results } = modelFixture();
		const model = costVsAnnouncedChart(results, inputs, en);
		const customer = model.rows.filter((r) => r.stated !== null && r.group === 'remedies');
		const widest = customer.reduce((a, r) => (Math.abs(r.gap!) > Math.abs(a.gap!) ? r : a));

		expect(model.takeaway).toContain(`announced at ${formatModelKrw(widest.stated!, 'en')}`);
		expect(model.takeaway).toContain(`puts its cost at a median of ${formatModelKrw(widest.p50, 'en')}`);
		expect(model.takeaway).toContain(`${Math.round(widest.ratio! * 100)}% of that`);
	});

	it('costVsAnnouncedChart(results, inputs) takeaway and description change with a stated figure and with a parameter', () => {
		const { inputs, results } = modelFixture();
		const before = costVsAnnouncedChart(results, inputs, en);
		const louder = copyInputs(inputs);
		const target = before.rows.find((r) => r.stated !== null && before.takeaway.includes(`announced at ${formatModelKrw(r.stated, 'en')}`))!;
		louder.reconciliation.find((r) => r.incident === target.incidentId && r.stated?.value === target.stated)!.stated!.value = target.stated! * 3;

		const after = costVsAnnouncedChart(defaultResults(louder, MODEL_DRAWS), louder, en);

		expect(after.takeaway).not.toBe(before.takeaway);
		expect(after.takeaway).toContain(formatModelKrw(target.stated! * 3, 'en'));
		expect(after.description).toContain(`stated ${formatModelKrw(target.stated! * 3, 'en')}`);

		const s = defaultScenario(inputs, 'beta-2025');
		s.values.ottCarrierPrice *= 2;
		const pricier = costVsAnnouncedChart([results[0]!, runModel(inputs, s, MODEL_DRAWS)], inputs, en);
		expect(pricier.description).not.toBe(before.description);
	});

	it('costVsAnnouncedChart(results, inputs) notes the band, the markers, what is left out and what is not modelled', () => {
		const { inputs, results } = modelFixture();
		const notes = costVsAnnouncedChart(results, inputs, en).notes.join(' ');

		expect(notes).toContain('medians (P50) of 2,000 simulated draws and ranges their P5–P95, not a confidence interval');
		expect(notes).toMatch(/◆ the company’s stated figure/);
		expect(notes).toContain('Not in the package, so not drawn (not zero): Alpha');
		for (const inc of inputs.incidents) for (const n of inc.notModelled) expect(notes).toContain(n.label.en);
	});

	it('costVsAnnouncedChart([], inputs) says why there is nothing to draw; so does the catalogue without model data', () => {
		const { inputs } = modelFixture();

		expect(costVsAnnouncedChart([], inputs, en)).toMatchObject({ rows: [], empty: { reason: expect.any(String) } });
		expect(modelChart(undefined, costVsAnnouncedChart, en).empty?.reason).toBeTruthy();
	});

	it('costVsAnnouncedChart(results, inputs) shows a third incident with no code change', () => {
		const inputs = withGamma(modelFixture().inputs);
		const model = costVsAnnouncedChart(defaultResults(inputs, MODEL_DRAWS), inputs, en);

		expect(new Set(model.rows.map((r) => r.incidentId))).toEqual(new Set(['alpha-2025', 'beta-2025', 'gamma-2026']));
		expect(incidentKey(model.legend).map((l) => l.label)).toEqual(['Alpha', 'Beta', 'Gamma']);
		expect(model.legend?.[2]?.color).toBe('var(--series-2)');
		expect(renderSvg(model.plot, 't')).toContain('Gamma');
	});
});
