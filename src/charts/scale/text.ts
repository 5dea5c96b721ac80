// The scale chart's title, takeaway, description and notes, from its rows.
import { formatExact, formatValue } from '../../lib/format/formatNumber.ts';
import type { ChartContext, ChartSpec } from '../shared/types.ts';
import type { Incident } from '../../schemas/incident.ts';
import { peopleRatio } from '../../lib/incidents/peopleRatio.ts';
import { scaleLabel, type ScaleRow } from './rows.ts';

type Text = Pick<ChartSpec<ScaleRow>, 'title' | 'takeaway' | 'description' | 'notes' | 'sources'>;

export function scaleText(incidents: readonly Incident[], rows: readonly ScaleRow[], locale: ChartContext['locale']): Text {
	const ko = locale === 'ko';
	const people = peopleRatio(incidents);
	const takeaway = people
		? ko
			? `사람 수로 비교하면 ${people.largest.incident.shortName.ko} 피해자는 ${people.smallest.incident.shortName.ko}의 약 ${formatExact(Math.round(people.ratio), locale, 0)}배다. 기록 수는 사람 수가 아니다.`
			: `Counting people, ${people.largest.incident.shortName.en}’s breach touched about ${formatExact(Math.round(people.ratio), locale, 0)} times as many as ${people.smallest.incident.shortName.en}’s; a record is not a person.`
		: ko
			? '사고별 유출 규모를 단위별로 나눠 보여준다.'
			: 'Each breach’s scale, with records, people and lines kept apart.';
	const description = rows.map((r) => `${scaleLabel(r)}: ${formatValue(r.value, r.unit, locale)} (${r.asOf})`).join('; ');
	return {
		title: ko ? '유출 규모: 기록·사람·회선' : 'Breach scale: records, people and lines',
		takeaway,
		description: (ko ? '막대 차트. ' : 'Bar chart. ') + description + '.',
		notes: [
			ko
				? '기록(IMSI 기준 유심 항목)·사람·회선은 서로 다른 단위이므로 더하거나 바꿔 쓰지 않는다.'
				: 'Records (IMSI-keyed USIM entries), people and subscriber lines are different units; they are never added or swapped.',
			ko
				? '로그 눈금은 1,000배 넘는 차이를 한 화면에 담기 위한 것이다. 선형 눈금에서는 작은 막대가 보이지 않을 수 있다.'
				: 'The log scale fits a gap of more than 1,000× on one axis; on the linear scale the smallest bars can vanish.',
		],
		sources: [...new Set(rows.flatMap((r) => r.sources))],
	};
}
