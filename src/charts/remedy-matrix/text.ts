// The remedy matrix's words — cell text, takeaway, description and notes, from its rows.
import type { Incident } from '../../schemas/incident.ts';
import type { RemedyKind } from '../../schemas/remedy.ts';
import { REMEDY_KIND_LABEL } from '../../i18n/remedyKinds.ts';
import type { ChartContext, ChartSpec } from '../shared/types.ts';
import { joinList, lowerFirst } from '../shared/sentence.ts';
import { withParticle } from '../../i18n/particle.ts';
import { remedyCellText } from './cellText.ts';
import type { RemedyMatrixRow } from './rows.ts';

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

type Text = Pick<ChartSpec<RemedyMatrixRow>, 'title' | 'takeaway' | 'description' | 'notes' | 'sources'>;

/** What a cell says when the incident offered nothing of that kind. */
export function notOffered(locale: ChartContext['locale']): string {
	return locale === 'ko' ? '— 미제공' : '— not offered';
}

/** A cell's whole text: each component of the kind (a bullet each when there are several), or "— not offered". */
export function cellFullText(r: RemedyMatrixRow, incidents: readonly Incident[], locale: ChartContext['locale']): string {
	if (!r.offered) return notOffered(locale);
	return r.remedyIds
		.map((id) => incidents[r.index]!.remedies.find((x) => x.id === id)!)
		// Several components of one kind (e.g. two waivers for different groups) get a bullet each.
		.map((x, _, all) => (all.length > 1 ? '• ' : '') + remedyCellText(x, locale))
		.join('\n');
}

export function remedyMatrixText(incidents: readonly Incident[], rows: readonly RemedyMatrixRow[], locale: ChartContext['locale']): Text {
	const ko = locale === 'ko';
	return {
		title: ko ? '누가 어떤 보상을 내놓았나' : 'Which remedies each carrier offered',
		takeaway: remedyMatrixTakeaway(incidents, rows, locale),
		description:
			(ko ? '표 형태 차트: 행은 보상 종류, 열은 사고. ' : 'Grid chart: rows are remedy kinds, columns are incidents. ') +
			rows.map((r) => `${r.incident} · ${r.kindLabel}: ${r.offered ? cellFullText(r, incidents, locale).replace(/\n/g, ' ') : notOffered(locale).slice(2)}`).join('; ') +
			'.',
		notes: [
			ko
				? '고객 대상 보상만 모았다. 과징금, 정보보호 투자, 분쟁조정안, 거절된 제안은 빠진다.'
				: 'Customer remedies only: fines, security investment, mediation proposals and rejected offers are left out.',
			ko
				? '칸의 첫머리는 대상을 줄여 쓴 것이다. 자세한 자격 요건은 데이터 표에 있다. 점선 테두리에 “—”로 표시한 칸은 제공하지 않은 보상이다.'
				: 'Each cell starts with who was eligible, in short; the full eligibility is in the data table. Dashed cells marked “—” were not offered.',
		],
		sources: [...new Set(rows.flatMap((r) => r.sources))],
	};
}
