// The pages built for each incident, in each language: its reading page and its full record.
import type { Incident } from '../../schemas/incident.ts';
import { getDataset } from '../data/getDataset.ts';
import { localeStaticPaths } from '../../i18n/paths.ts';
import type { Locale } from '../format/locale.ts';

export interface IncidentPageProps {
	locale: Locale;
	incident: Incident;
}

/** getStaticPaths for the pages under src/pages/[...lang]/incidents/: `lang` undefined builds the Korean root. */
export function incidentStaticPaths(): { params: { lang: string | undefined; id: string }; props: IncidentPageProps }[] {
	return getDataset().incidents.flatMap((incident) =>
		localeStaticPaths().map(({ params, props }) => ({ params: { ...params, id: incident.id }, props: { ...props, incident } })),
	);
}

/** `<incident id>/<record id>` of every record with a correction, so its row can say so. */
export function correctedTargets(): Set<string> {
	return new Set(getDataset().corrections.map((c) => c.target));
}
