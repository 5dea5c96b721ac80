/** Chart downloads, generated at build time: /charts/<id>-<locale>.svg|.png|.csv */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS } from '../../charts/catalogue.ts';
import { renderSvg } from '../../charts/shared/render.ts';
import { standaloneSvg, svgToPng } from '../../charts/shared/standalone.ts';
import { toCsv } from '../../charts/shared/toCsv.ts';
import { t } from '../../i18n/t.ts';
import { getDataset } from '../../lib/data/getDataset.ts';
import { LOCALES, type Locale } from '../../lib/format/locale.ts';

type Format = 'svg' | 'png' | 'csv';

export const getStaticPaths = (() =>
	CHARTS.flatMap((chart) =>
		LOCALES.flatMap((locale) =>
			(['svg', 'png', 'csv'] as const).map((format) => ({
				params: { file: `${chart.id}-${locale}.${format}` },
				props: { chartId: chart.id, locale, format },
			})),
		),
	)) satisfies GetStaticPaths;

const TYPES: Record<Format, string> = {
	svg: 'image/svg+xml',
	png: 'image/png',
	csv: 'text/csv; charset=utf-8',
};

export const GET: APIRoute = ({ props }) => {
	const { chartId, locale, format } = props as { chartId: string; locale: Locale; format: Format };
	const data = getDataset();
	const model = CHARTS.find((c) => c.id === chartId)!.build(data, locale);
	if (format === 'csv') {
		// A byte-order mark makes Excel open Korean text as UTF-8.
		return new Response(`\uFEFF${toCsv(model, locale)}`, { headers: { 'content-type': TYPES.csv } });
	}
	const publishers = [...new Set(model.sources.map((id) => data.sourceById.get(id)!.publisher))];
	const sourceLine = `${t(locale, 'chart.source')}: ${publishers.join(', ')}`;
	const svg = standaloneSvg(renderSvg(model.plot, `dl-${model.id}`), model.title, model.takeaway, sourceLine);
	if (format === 'svg') return new Response(svg, { headers: { 'content-type': TYPES.svg } });
	return new Response(new Uint8Array(svgToPng(svg)), { headers: { 'content-type': TYPES.png } });
};
