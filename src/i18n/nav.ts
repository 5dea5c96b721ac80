// Ships to the browser: the site's sections, in navigation order.
import type { UiKey } from './ui.ts';

/** Locale-neutral path and label key of each section shown in the header. */
export const NAV: readonly { path: string; label: UiKey }[] = [{ path: '/', label: 'navOverview' }];
