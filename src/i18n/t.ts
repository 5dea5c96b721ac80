/** The one lookup for the site's UI text: a message by key for a locale, with its `{name}` placeholders filled. */
import { en } from './en.ts';
import { ko } from './ko.ts';
import { messageLookup } from './messageLookup.ts';

export type { Placeholders } from './messageLookup.ts';

/** `t('ko', 'overview.overYears', { n: 5 })` → `5년간` (see messageLookup for the checks). */
export const t = messageLookup(ko, en);
