/** What kind of source a citation is, in both languages, so readers can weigh it at a glance. */
import type { SourceKind } from '../schemas/source.ts';

export const SOURCE_KIND_LABEL: Record<SourceKind, { ko: string; en: string }> = {
	government: { ko: '1차 자료 · 정부', en: 'primary · government' },
	company: { ko: '1차 자료 · 회사', en: 'primary · company' },
	court: { ko: '1차 자료 · 법원', en: 'primary · court' },
	press: { ko: '언론', en: 'press' },
	industry: { ko: '업계 통계', en: 'industry data' },
	analyst: { ko: '증권가 분석', en: 'analyst' },
	blog: { ko: '블로그·게시판', en: 'blog or forum' },
	mirror: { ko: '미러·재게재', en: 'mirror or reprint' },
	other: { ko: '기타(법률사무소 해설·태그 페이지 등)', en: 'other (law-firm note, tag page…)' },
};
