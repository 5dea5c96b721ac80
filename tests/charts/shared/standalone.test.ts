import { describe, expect, it } from 'vitest';
import { EXPORT_MARGIN, standaloneSvg } from '../../../src/charts/shared/standalone.ts';
import { textWidth } from '../../../src/charts/shared/textFit.ts';

const chart = '<svg xmlns="http://www.w3.org/2000/svg" width="340" height="200" viewBox="0 0 340 200" font-family="system-ui" fill="var(--fg)"><text>x</text></svg>';
const text = {
	title: 'A title long enough that it has to wrap onto a second line inside a phone-width chart',
	takeaway: '사람 수로 비교하면 SKT 피해자는 KT의 약 1,046배다. 기록 수는 사람 수가 아니다. 이 문장은 두 줄이 넘는다.',
	sourceLine: 'Sources: Example Daily, 이데일리, Chosun Biz, Yonhap, The Korea Herald, News1, Newsis and more',
	credit: 'Telecom breach remedies compared · data version 0123456789ab · https://example.com',
};

const texts = (svg: string) => [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-size="(\d+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), size: Number(m[3]), text: m[4]! }));

describe('standaloneSvg', () => {
	const svg = standaloneSvg(chart, text);
	const width = Number(/^<svg[^>]*width="(\d+)"/.exec(svg)![1]);
	const height = Number(/^<svg[^>]*height="(\d+)"/.exec(svg)![1]);

	it('adds a margin on both sides and resolves colours to the light theme', () => {
		expect(width).toBe(340 + 2 * EXPORT_MARGIN);
		expect(svg).toContain(`<svg x="${EXPORT_MARGIN}"`);
		expect(svg).not.toContain('var(--');
	});

	it('wraps title, takeaway, sources and credit within the chart width, inside the margins', () => {
		const lines = texts(svg);
		expect(lines.length).toBeGreaterThan(6);
		for (const l of lines) {
			expect(l.x).toBe(EXPORT_MARGIN);
			expect(l.x + textWidth(l.text.replace(/&amp;/g, '&'), l.size)).toBeLessThanOrEqual(width - EXPORT_MARGIN);
			expect(l.y - l.size).toBeGreaterThanOrEqual(EXPORT_MARGIN - 1);
			expect(l.y).toBeLessThanOrEqual(height - EXPORT_MARGIN);
		}
		expect(lines.map((l) => l.text).join(' ')).toContain('data version 0123456789ab');
	});
});
