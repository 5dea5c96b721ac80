// Locale-aware URLs (Korean at /, English at /en/).
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../lib/format/locale.ts';

/** `/model/` in ko, `/en/model/` in en. `path` is locale-neutral and starts and ends with `/`. */
export function localePath(locale: Locale, path: string): string {
	return locale === DEFAULT_LOCALE ? path : `/${locale}${path}`;
}

/** getStaticPaths for a page under src/pages/[...lang]/: `undefined` builds the Korean root. */
export function localeStaticPaths() {
	return LOCALES.map((locale) => ({
		params: { lang: locale === DEFAULT_LOCALE ? undefined : locale },
		props: { locale },
	}));
}

export function otherLocale(locale: Locale): Locale {
	return locale === 'ko' ? 'en' : 'ko';
}

/** The locale a site path is in: `/en/…` is English, everything else Korean. */
export function localeOfPath(pathname: string): Locale {
	const first = pathname.split('/')[1];
	return LOCALES.find((l) => l !== DEFAULT_LOCALE && l === first) ?? DEFAULT_LOCALE;
}
