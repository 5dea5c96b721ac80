// The remedy matrix's one-sentence takeaway, computed from its rows.
import type { Incident } from '../schemas/incident.ts';
import type { RemedyKind } from '../schemas/remedy.ts';
import { REMEDY_KIND_LABEL } from '../i18n/remedyKinds.ts';
import type { ChartContext } from './types.ts';
import type { RemedyMatrixRow } from './remedyMatrixRow.ts';
import { joinList, lowerFirst, withParticle } from './sentence.ts';

/** Which kinds only one incident offered, and which all offered: the question readers ask first. */
export function remedyMatrixTakeaway(incidents: readonly Incident[], rows: readonly RemedyMatrixRow[], locale: ChartContext['locale']): string {
	const ko = locale === 'ko';
	const kinds = [...new Set(rows.map((r) => r.kind))];
	const by = (k: RemedyKind) => rows.filter((r) => r.kind === k && r.offered);
	const name = (k: RemedyKind) => (ko ? REMEDY_KIND_LABEL[k].ko : lowerFirst(REMEDY_KIND_LABEL[k].en));
	if (kinds.length === 0) return ko ? '비교할 고객 보상이 없다.' : 'There are no customer remedies to compare.';
	if (incidents.length === 1) {
		const inc = incidents[0]!.shortName[locale];
		return ko
			? `${inc}의 고객 보상은 ${joinList(kinds.map(name), locale, 4)} 등 ${kinds.length}종이다.`
			: `${inc} offered ${kinds.length} kinds of customer remedy: ${joinList(kinds.map(name), locale, 4)}.`;
	}
	const only = incidents.flatMap((inc) => {
		const ks = kinds.filter((k) => by(k).length === 1 && by(k)[0]!.incidentId === inc.id);
		return ks.length ? [{ inc: inc.shortName[locale], list: joinList(ks.map(name), locale, 3) }] : [];
	});
	const common = kinds.filter((k) => by(k).length === incidents.length);
	const all = ko ? (incidents.length === 2 ? '두 회사 모두' : '모든 회사가') : incidents.length === 2 ? 'both' : 'all';
	if (ko) {
		const parts = only.map((o) => `${withParticle(o.list, '은', '는')} ${o.inc}만`);
		const tail = common.length ? `${withParticle(joinList(common.map(name), locale, 3), '은', '는')} ${all} 제공했다` : '';
		if (!parts.length) return `${tail || '공통으로 제공한 보상이 없다'}.`;
		return `${parts.join(', ')} 제공했${tail ? `고, ${tail}` : '다'}.`;
	}
	const parts = only.map((o) => `only ${o.inc} offered ${o.list}`);
	const tail = common.length ? `${all} offered ${joinList(common.map(name), locale, 3)}` : '';
	const sentence = [...parts, ...(tail ? [tail] : [])].join('; ') || 'no remedy kind was offered by one carrier alone';
	return `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`;
}
