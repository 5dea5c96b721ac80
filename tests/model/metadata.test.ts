import { describe, expect, it } from 'vitest';
import { COMPONENTS, PARAMETER_SPECS, formulaParams, renderFormula } from '../../src/lib/model/index.ts';

describe('COMPONENTS', () => {
	it('COMPONENTS each name in their formula exactly the parameters they read', () => {
		for (const c of COMPONENTS) {
			expect(new Set(formulaParams(c.formula)), c.id).toEqual(
				// Retail-only parameters (prices) are read by retailValue, not shown in the cost formula.
				new Set(c.params.filter((k) => !/Retail/.test(k))),
			);
		}
	});

	it('COMPONENTS belong to one block, and only sanctions can be undecided', () => {
		for (const c of COMPONENTS) {
			expect(['remedies', 'churn', 'sanctions', 'security'], c.id).toContain(c.block);
			if (!c.decided) expect(c.block, c.id).toBe('sanctions');
			if (c.block !== 'remedies') expect(c.audience, c.id).toBe('none');
		}
	});

	it('COMPONENTS and PARAMETER_SPECS use unique ids and URL codes', () => {
		const unique = (xs: string[]) => new Set(xs).size === xs.length;

		expect(unique(COMPONENTS.map((c) => c.id))).toBe(true);
		expect(unique(COMPONENTS.map((c) => c.url))).toBe(true);
		expect(unique(PARAMETER_SPECS.map((s) => s.key))).toBe(true);
		expect(unique(PARAMETER_SPECS.map((s) => s.url))).toBe(true);
	});

	it('COMPONENTS labels are non-empty in both languages', () => {
		for (const c of COMPONENTS) {
			expect(c.label.ko.length, c.id).toBeGreaterThan(0);
			expect(c.label.en.length, c.id).toBeGreaterThan(0);
		}
	});
});

describe('renderFormula', () => {
	it('renderFormula(template, format) fills each placeholder with the page-formatted value', () => {
		const values: Record<string, string> = { mnoCustomers: '24,000,000', arpu: '29,202원', discountRate: '50%', discountMonths: '1' };

		const text = renderFormula('{mnoCustomers} × {arpu} × {discountRate} × {discountMonths}', (k) => values[k]!);

		expect(text).toBe('24,000,000 × 29,202원 × 50% × 1');
	});

	it('renderFormula(template, format) leaves unknown placeholders as written', () => {
		expect(renderFormula('{notAParameter} × {arpu}', () => 'x')).toBe('{notAParameter} × x');
	});
});
