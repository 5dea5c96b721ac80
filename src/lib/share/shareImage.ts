/** What a page's Open Graph and Twitter card metadata need to know about its preview image. */
import type { Locale } from '../format/locale.ts';

export interface ShareImage {
	/** Root-relative path; Base.astro makes it absolute with the site's origin. */
	path: string;
	/** Size in pixels, so a messenger can lay out the preview before fetching the image. */
	width: number;
	height: number;
	alt: string;
}

/** og:locale values (language_TERRITORY, as the Open Graph protocol spells them). */
export const OG_LOCALE: Readonly<Record<Locale, string>> = { ko: 'ko_KR', en: 'en_US' };

/** svgToPng (charts/shared/standalone.ts) rasterises at 2×. */
export const PNG_ZOOM = 2;

/** The PNG size of a standalone SVG, read from its root width and height attributes. */
export function pngSizeOf(svg: string): { width: number; height: number } {
	const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
	const size = (name: string) => Math.round(Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(root)?.[1] ?? 0) * PNG_ZOOM);
	return { width: size('width'), height: size('height') };
}
