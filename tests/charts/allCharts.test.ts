import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/format/locale.ts';
import { renderSvg } from '../../src/charts/shared/render.ts';
import { toCsv } from '../../src/charts/shared/toCsv.ts';
import { alpha, beta, gamma } from '../fixtures/carriers.ts';
import { makeIncident } from '../fixtures/incidents.ts';
import { CHART_FNS, WIDTH, incidentKey } from './charts.ts';

const cases = CHART_FNS.flatMap(([id, chart]) => LOCALES.map((locale) => ({ id, chart, locale })));

describe.each(cases)('$id ($locale)', ({ id, chart, locale }) => {
	const ctx = { locale, width: WIDTH };

	it('chart(incidents) fulfils the ChartSpec contract', () => {
		const model = chart([alpha(), beta()], ctx);

		expect(model.id).toBe(id);
		expect(model.empty).toBeUndefined();
		expect(model.rows.length).toBeGreaterThan(0);
		expect(model.plot.width).toBe(WIDTH);
		expect(model.plot.ariaLabel).toBeTruthy();
		for (const text of [model.title, model.takeaway, model.description, ...model.notes]) {
			expect(text).not.toMatch(/undefined|NaN|null|\[object/);
		}
		expect(model.sources.length).toBeGreaterThan(0);
		expect(model.sources.every((s: string) => /^syn-s\d+$/.test(s))).toBe(true);
	});

	it('chart(incidents) colours only through CSS variables', () => {
		const model = chart([alpha(), beta(), gamma()], ctx);
		const svgs = [model.plot, ...(model.views ?? []).map((v) => v.plot)].map((p) => renderSvg(p, 't'));

		for (const svg of svgs) expect(svg).not.toMatch(/(fill|stroke)="(#|rgb|hsl)/);
		for (const entry of model.legend ?? []) expect(entry.color).toMatch(/^(var\(--[\w-]+\)|currentColor)$/);
	});

	it('chart([]) says why there is nothing to draw', () => {
		const model = chart([], ctx);

		expect(model.rows).toEqual([]);
		expect(model.empty?.reason).toBeTruthy();
	});

	it('chart(incidents) shows a third incident with no code change', () => {
		const two = chart([alpha(), beta()], ctx);
		const three = chart([alpha(), beta(), gamma()], ctx);
		const ids = (m: typeof two) => new Set(m.rows.map((r: { incidentId: string }) => r.incidentId));

		expect(ids(two).has('gamma-2026')).toBe(false);
		expect(ids(three).has('gamma-2026')).toBe(true);
		if (three.legend) expect(incidentKey(three.legend).map((l) => l.label.split(':')[0])).toEqual(['알파', '베타', '감마'].map((ko, i) => (locale === 'ko' ? ko : ['Alpha', 'Beta', 'Gamma'][i])));
	});

	it('chart(incidents) table and CSV carry raw values, one line per row', () => {
		const model = chart([alpha(), beta()], ctx);
		const csv = toCsv(model, locale, new Map()).trimEnd().split('\r\n');

		expect(csv).toHaveLength(model.rows.length + 1);
		for (const column of model.columns.filter((c) => c.numeric)) {
			for (const row of model.rows) expect(['number', 'object']).toContain(typeof column.value(row));
		}
	});
});

describe('charts with incidents that lack the data they draw', () => {
	const bare = makeIncident();

	it.each(CHART_FNS.filter(([id]) => ['security-investment', 'departures', 'financials'].includes(id)))('%s(bare incident) returns empty', (_, chart) => {
		expect(chart([bare], { locale: 'en', width: WIDTH }).empty?.reason).toBeTruthy();
	});
});
