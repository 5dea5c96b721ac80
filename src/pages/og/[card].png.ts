/** Share cards for text pages, rendered at build time: /og/site-<locale>.png, 1200×630. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { svgToPng, tokenValues } from '../../charts/shared/standalone.ts';
import { t } from '../../i18n/t.ts';
import { LOCALES, type Locale } from '../../lib/format/locale.ts';
import { shareCardSvg } from '../../lib/share/shareCard.ts';

export const getStaticPaths = (() =>
	LOCALES.map((locale) => ({ params: { card: `site-${locale}` }, props: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
	const { locale } = props as { locale: Locale };
	const svg = shareCardSvg(
		{ title: t(locale, 'site.title'), tagline: t(locale, 'site.tagline'), footer: site!.host },
		tokenValues(),
	);
	return new Response(new Uint8Array(svgToPng(svg)), { headers: { 'content-type': 'image/png' } });
};
