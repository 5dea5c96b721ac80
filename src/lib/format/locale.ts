// Ships to the browser: shared by build-time pages and the model explorer island.
/** The site's locales; Korean is the default and lives at `/`, English at `/en/`. */
export const LOCALES = ['ko', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'ko';

/** BCP 47 tag used with Intl for each locale. */
export const INTL_LOCALE: Record<Locale, string> = { ko: 'ko-KR', en: 'en-US' };
