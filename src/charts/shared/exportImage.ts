/**
 * Build-time only: the downloadable SVG of a chart (the desktop drawing with its key, wrapped in its
 * title, takeaway, every source's publisher and a credit line naming the site and the data version).
 * The download route and the chart page's share-image metadata both draw it from here.
 */
import type { Dataset } from '../../lib/data/loadDataset.ts';
import { datasetVersion } from '../../lib/data/datasetVersion.ts';
import type { Locale } from '../../lib/format/locale.ts';
import { t } from '../../i18n/t.ts';
import { renderSvg } from './render.ts';
import { standaloneSvg } from './standalone.ts';
import type { ChartSpec } from './types.ts';

// The version hashes the whole dataset; the build asks for it once per chart file.
const versions = new WeakMap<Dataset, string>();

function versionOf(data: Dataset): string {
	if (!versions.has(data)) versions.set(data, datasetVersion(data));
	return versions.get(data)!;
}

/** `origin` is the public address of the site (Astro's `site`), printed in the credit line. */
export function chartExportSvg(model: ChartSpec<any>, data: Dataset, locale: Locale, origin: string): string {
	const publishers = [
		...new Set(
			model.sources.map((id) => {
				const s = data.sourceById.get(id);
				return s ? (s.publisherName?.[locale] ?? s.publisher) : id;
			}),
		),
	];
	return standaloneSvg(renderSvg(model.plot, `dl-${model.id}`), {
		title: model.title,
		takeaway: model.takeaway,
		sourceLine: t(locale, 'export.sourcesLine', { publishers: publishers.join(', ') }),
		credit: t(locale, 'export.credit', { site: t(locale, 'site.title'), version: versionOf(data), origin: origin.replace(/\/$/, '') }),
	});
}
