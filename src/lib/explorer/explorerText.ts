// Ships to the browser: the explorer's one lookup for UI text.
import { fillPlaceholders } from '../../i18n/fillPlaceholders.ts';
import type { Placeholders } from '../../i18n/t.ts';
import type { Locale } from '../format/locale.ts';
import { BLOCK_LABELS, type Block } from '../model/blocks.ts';
import type { ParameterGroup, ScenarioNoticeCode } from '../model/index.ts';
import { explorerEn } from './explorerEn.ts';
import { explorerKo, type ExplorerKey, type ExplorerMessages } from './explorerKo.ts';

const MESSAGES: Readonly<Record<Locale, ExplorerMessages>> = { ko: explorerKo, en: explorerEn };

type Vars<K extends ExplorerKey> = [Placeholders<(typeof explorerKo)[K]>] extends [never]
	? []
	: [vars: Readonly<Record<Placeholders<(typeof explorerKo)[K]>, string | number>>];

/** The keys whose messages have no placeholders. */
export type PlainExplorerKey = { [K in ExplorerKey]: [Placeholders<(typeof explorerKo)[K]>] extends [never] ? K : never }[ExplorerKey];

/**
 * t() for the explorer alone, so the island carries only its own messages. Keys for closed sets
 * are built from the set (`explorer.group.${ParameterGroup}`), so a new group or notice code without
 * a message fails the type check.
 */
export function explorerText<K extends ExplorerKey>(locale: Locale, key: K, ...[vars]: Vars<K>): string {
	return fillPlaceholders(MESSAGES[locale][key], vars ?? {}, key, locale);
}

/** The legend of a parameter group's fieldset. */
export const groupLabel = (group: ParameterGroup, locale: Locale): string => explorerText(locale, `explorer.group.${group}`);

/** What decoding a link did, in words. */
export const noticeText = (code: ScenarioNoticeCode, locale: Locale): string => explorerText(locale, `explorer.notice.${code}`);

/** The block a component counts in; a pending sanction counts in none (it is a scenario beside the totals). */
export const componentBlockLabel = (c: { block: Block; decided?: boolean }, locale: Locale): string =>
	c.decided === false ? explorerText(locale, 'explorer.controls.pendingBlock') : BLOCK_LABELS[c.block][locale];
