// What decoding a shared link ignored, clamped or replaced.

/**
 * What decoding did with a part of the link:
 * `unknown-key` ignored; `duplicate-key` a repeat ignored (the first wins); `malformed` replaced by
 * the default; `clamped` pulled into the slider range; `unknown-incident` replaced by the default
 * incident; `unknown-component` a code in `off`/`on` ignored; `unsupported-version` the whole link
 * ignored; `missing-version` read as the current version; `too-many-notices` the rest not listed.
 */
export type ScenarioNoticeCode =
	| 'unknown-key'
	| 'duplicate-key'
	| 'malformed'
	| 'clamped'
	| 'unknown-incident'
	| 'unknown-component'
	| 'unsupported-version'
	| 'missing-version'
	| 'too-many-notices';

export interface ScenarioNotice {
	code: ScenarioNoticeCode;
	/** The query key concerned (cut to 40 characters). */
	key: string;
	/** The raw value found, cut to 40 characters, when there was one. */
	value?: string;
	/** What was used instead, when something was. */
	used?: string | number;
}
