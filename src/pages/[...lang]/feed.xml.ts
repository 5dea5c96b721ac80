/** Atom feed of corrections and data updates: /feed.xml in Korean, /en/feed.xml in English. */
import type { APIRoute } from 'astro';
import { localePath, localeStaticPaths } from '../../i18n/paths.ts';
import { t } from '../../i18n/t.ts';
import { datasetVersion } from '../../lib/data/datasetVersion.ts';
import { getDataset } from '../../lib/data/getDataset.ts';
import type { Locale } from '../../lib/format/locale.ts';
import { atomFeed } from '../../lib/share/atomFeed.ts';
import { feedEntries } from '../../lib/share/feedEntries.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
	const { locale } = props as { locale: Locale };
	const data = getDataset();
	const xml = atomFeed(
		{
			title: t(locale, 'share.feedTitle'),
			subtitle: t(locale, 'share.feedSubtitle'),
			selfUrl: new URL(localePath(locale, '/feed.xml'), site).href,
			siteUrl: new URL(localePath(locale, '/'), site).href,
			language: locale,
		},
		feedEntries(data, datasetVersion(data), locale),
	);
	return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
