/** Chart downloads, generated at build time: /charts/<id>-<locale>.svg|.csv, .png (1×) and @2x.png (2×). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS } from '../../charts/catalogue.ts';
import { chartExportSvg } from '../../charts/shared/exportImage.ts';
import { svgToPng } from '../../charts/shared/standalone.ts';
import { toCsv } from '../../charts/shared/toCsv.ts';
import { getDataset } from '../../lib/data/getDataset.ts';
import { LOCALES, type Locale } from '../../lib/format/locale.ts';

/** File-name endings and what each is: the PNG comes at 1× (screens) and 2× (print, slides). */
const FORMATS = { '.svg': 'svg', '.csv': 'csv', '.png': 'png', '@2x.png': 'png2x' } as const;
type Format = (typeof FORMATS)[keyof typeof FORMATS];

export const getStaticPaths = (() =>
	CHARTS.flatMap((chart) =>
		LOCALES.flatMap((locale) =>
			Object.entries(FORMATS).map(([ending, format]) => ({
				params: { file: `${chart.id}-${locale}${ending}` },
				props: { chartId: chart.id, locale, format },
			})),
		),
	)) satisfies GetStaticPaths;

const TYPES: Record<Format, string> = {
	svg: 'image/svg+xml',
	png: 'image/png',
	png2x: 'image/png',
	csv: 'text/csv; charset=utf-8',
};

export const GET: APIRoute = ({ props, site }) => {
	const { chartId, locale, format } = props as { chartId: string; locale: Locale; format: Format };
	const data = getDataset();
	const model = CHARTS.find((c) => c.id === chartId)!.build(data, locale);
	const headers = { 'content-type': TYPES[format] };
	// A byte-order mark makes Excel open Korean text as UTF-8.
	if (format === 'csv') return new Response(`\uFEFF${toCsv(model, locale, data.sourceById)}`, { headers });
	const svg = chartExportSvg(model, data, locale, site?.origin ?? '');
	if (format === 'svg') return new Response(svg, { headers });
	return new Response(new Uint8Array(svgToPng(svg, format === 'png2x' ? 2 : 1)), { headers });
};
