// Ships to the browser: the explorer's one lookup for UI text.
import { messageLookup, type PlainKey } from '../../i18n/messageLookup.ts';
import type { Locale } from '../format/locale.ts';
import { BLOCK_LABELS, type Block } from '../model/blocks.ts';
import type { ParameterGroup, ScenarioNoticeCode } from '../model/index.ts';
import { explorerEn } from './explorerEn.ts';
import { explorerKo } from './explorerKo.ts';

/** The keys whose messages have no placeholders. */
export type PlainExplorerKey = PlainKey<typeof explorerKo>;

/**
 * t() for the explorer alone, so the island carries only its own messages. Keys for closed sets
 * are built from the set (`explorer.group.${ParameterGroup}`), so a new group or notice code without
 * a message fails the type check.
 */
export const explorerText = messageLookup(explorerKo, explorerEn);

/** The legend of a parameter group's fieldset. */
export const groupLabel = (group: ParameterGroup, locale: Locale): string => explorerText(locale, `explorer.group.${group}`);

/** What decoding a link did, in words. */
export const noticeText = (code: ScenarioNoticeCode, locale: Locale): string => explorerText(locale, `explorer.notice.${code}`);

/** The block a component counts in; a pending sanction counts in none (it is a scenario beside the totals). */
export const componentBlockLabel = (c: { block: Block; decided?: boolean }, locale: Locale): string =>
	c.decided === false ? explorerText(locale, 'explorer.controls.pendingBlock') : BLOCK_LABELS[c.block][locale];
