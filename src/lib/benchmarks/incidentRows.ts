// Ships to the browser: type-only schema imports; derives SKT/KT rows from incident data, no typed numbers.
/**
 * The site's own incidents in the benchmark row shape, so that SKT and KT go through the same
 * per-unit arithmetic (perUnit.ts) as the 18 other cases. Every number is read from the incident
 * file: affected counts from the scale figures, amounts from announced values and fine parameters.
 * A count the file does not have is absent (KT has no records figure), never zero.
 */
import type { AffectedUnit, RemedyItem, RemedyType } from '../../schemas/benchmark.ts';
import type { Confidence } from '../../schemas/common.ts';
import type { Metric } from '../../schemas/figure.ts';
import type { Incident } from '../../schemas/incident.ts';
import type { Remedy, RemedyKind } from '../../schemas/remedy.ts';
import { decidedFines, figureFor, pendingFines, securityPledge } from '../data/queries.ts';
import { customerRemedies } from '../remedies/customerRemedies.ts';
import type { BenchmarkRow } from './perUnit.ts';

type Text = { ko: string; en: string };

/**
 * The site's incidents are Korean carriers' breaches (see DESIGN.md); the incident schema has no
 * country field, so the one place that says so is here, and callers may pass another.
 */
const INCIDENT_COUNTRY = 'KR';

/** Which scale metric gives which denominator, in the order a table lists them. */
const INCIDENT_DENOMINATORS: readonly { metric: Metric; id: string; unit: AffectedUnit }[] = [
	{ metric: 'records-leaked', id: 'records', unit: 'records' },
	{ metric: 'people-affected', id: 'people', unit: 'people' },
	{ metric: 'subscriber-lines', id: 'lines', unit: 'lines' },
];
/** Per-unit figures divide by people unless an incident has no people count. */
const PRIMARY_ORDER: readonly string[] = ['people', 'lines', 'records'];

/**
 * The benchmark remedy type closest to each incident remedy kind. The announced customer packages
 * (SKT's attached to the bill discount, KT's to extra data) are price cuts on the carrier's own
 * service, which the benchmark schema calls `discount`; free products are `in-kind`.
 */
export const KIND_TO_TYPE: Readonly<Record<RemedyKind, RemedyType | undefined>> = {
	'bill-discount': 'discount',
	'data-allowance': 'discount',
	'partner-discount': 'discount',
	'ott-voucher': 'voucher',
	insurance: 'in-kind',
	'usim-replacement': 'in-kind',
	'usim-protection': 'in-kind',
	'fee-waiver': 'waiver',
	'fraud-refund': 'reimbursement',
	'damage-pledge': 'reimbursement',
	'victim-package': 'support-package',
	'rejoin-benefit': 'in-kind',
	'roaming-bonus': 'in-kind',
	'security-app': 'in-kind',
	'security-investment': 'security-pledge',
	fine: 'fine',
	'mediation-award': undefined,
	other: undefined,
};

export interface IncidentCount {
	id: string;
	/** Id of the incident figure the count comes from. */
	figureId: string;
	value: number;
	qualifier: 'exact' | 'about' | 'at-least' | 'at-most';
	unit: AffectedUnit;
	primary: boolean;
	definition: Text;
	asOf: string;
	confidence: Confidence;
	sources: string[];
}

export interface IncidentItem extends Pick<
	RemedyItem,
	'id' | 'type' | 'amount' | 'multiplier' | 'denominator' | 'scope' | 'partOf' | 'status' | 'confidence'
> {
	/** Id of the incident remedy the item comes from. */
	remedyId: string;
	/** Who the remedy reaches (all customers, the affected, the company…), from the incident file. */
	audience: Remedy['audience'];
	label: Text;
	/** What the amount covers (an announced value's scope), or what a pending item is. */
	note: Text | undefined;
	sources: string[];
}

/** SKT or KT as a benchmark row, with the display fields the comparison page needs. */
export interface IncidentBenchmarkRow extends BenchmarkRow {
	id: string;
	name: Text;
	shortName: Text;
	country: string;
	/** Year of the earliest known intrusion (or of disclosure when none is dated) to the disclosure year. */
	yearFrom: number;
	yearTo: number;
	affected: IncidentCount[];
	remedies: IncidentItem[];
	sources: string[];
}

const uniq = (xs: readonly string[]) => [...new Set(xs)];
/** "50% off…" stays, "Free USIM swap" becomes "free USIM swap"; acronyms (USIM, OTT) keep their case. */
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

/** Status vocabulary of the benchmark schema: a company's own offer or pledge counts as final. */
function statusOf(r: Remedy): RemedyItem['status'] {
	return r.status === 'pending' ? 'pending' : 'final';
}

function counts(inc: Incident): IncidentCount[] {
	const found = INCIDENT_DENOMINATORS.flatMap((d) => {
		const f = figureFor(inc, d.metric);
		// A figure filed under the metric but in another unit would be a data error the schema
		// already rejects; checking again keeps a records count from ever becoming people.
		if (!f || f.unit !== d.unit || !(f.value > 0)) return [];
		return [{ d, f }];
	});
	const primaryId = PRIMARY_ORDER.find((id) => found.some((x) => x.d.id === id));
	return found.map(({ d, f }) => ({
		id: d.id,
		figureId: f.id,
		value: f.value,
		qualifier: f.qualifier,
		unit: d.unit,
		primary: d.id === primaryId,
		definition: f.definition,
		asOf: String(f.asOf),
		confidence: f.confidence,
		sources: f.sources,
	}));
}

function items(inc: Incident, denominators: readonly IncidentCount[]): IncidentItem[] {
	const out: IncidentItem[] = [];
	// A package for every customer, or a company-wide pledge, is divided among the customers who get it
	// (subscriber lines), not among the people whose data leaked: KT's package went to every customer,
	// while only 22,227 people were affected, and dividing by them would overstate it a thousandfold.
	const recipients = denominators.some((c) => c.id === 'lines') ? { denominator: 'lines' } : {};
	// Announced customer packages: the value a company put on what customers get. The value sits on
	// the package's lead remedy but covers the whole package (its scope says so), hence the label.
	for (const r of customerRemedies(inc)) {
		const v = r.announcedValue;
		const type = KIND_TO_TYPE[r.kind];
		if (!v || !type) continue;
		out.push({
			id: r.id,
			remedyId: r.id,
			audience: r.audience,
			type,
			label: { ko: `고객 보상 패키지(${r.label.ko} 등)`, en: `Customer package incl. ${lowerFirst(r.label.en)}` },
			note: v.scope,
			amount: { value: v.value, qualifier: v.qualifier, currency: 'KRW', basis: 'total' },
			...(r.audience === 'all-customers' ? recipients : {}),
			scope: 'this-breach',
			status: statusOf(r),
			confidence: v.confidence,
			sources: uniq([...v.sources, ...r.sources]),
		});
	}
	for (const { remedy: r, amount } of decidedFines(inc)) {
		out.push({
			id: r.id,
			remedyId: r.id,
			audience: r.audience,
			type: 'fine',
			label: r.label,
			note: undefined,
			amount: { value: amount, qualifier: 'exact', currency: 'KRW', basis: 'total' },
			scope: 'this-breach',
			status: 'final',
			confidence: r.confidence,
			sources: r.sources,
		});
	}
	// A pending fine has no amount: a legal maximum or a press guess is not what will be imposed.
	for (const r of pendingFines(inc)) {
		out.push({
			id: r.id,
			remedyId: r.id,
			audience: r.audience,
			type: 'fine',
			label: r.label,
			note: r.description,
			scope: 'this-breach',
			status: 'pending',
			confidence: r.confidence,
			sources: r.sources,
		});
	}
	const pledge = securityPledge(inc);
	if (pledge?.announcedValue) {
		const v = pledge.announcedValue;
		out.push({
			id: pledge.id,
			remedyId: pledge.id,
			audience: pledge.audience,
			type: 'security-pledge',
			label: pledge.label,
			...recipients,
			note: v.scope,
			amount: {
				value: v.value,
				qualifier: v.qualifier,
				currency: 'KRW',
				basis: 'total',
				...(v.years !== undefined ? { years: v.years } : {}),
			},
			scope: 'this-breach',
			status: statusOf(pledge),
			confidence: v.confidence,
			sources: uniq([...v.sources, ...pledge.sources]),
		});
	}
	return out;
}

function years(inc: Incident): { yearFrom: number; yearTo: number } {
	const yearTo = Number(inc.disclosureDate.slice(0, 4));
	const intrusions = inc.events.filter((e) => e.kind === 'intrusion').map((e) => Number(e.date.slice(0, 4)));
	return { yearFrom: Math.min(yearTo, ...intrusions), yearTo };
}

/**
 * One benchmark-shaped row per incident that has at least one affected count (records, people or
 * lines); an incident with none cannot be put per unit and is left out.
 */
export function incidentBenchmarkRows(incidents: readonly Incident[], country: string = INCIDENT_COUNTRY): IncidentBenchmarkRow[] {
	return incidents.flatMap((inc) => {
		const affected = counts(inc);
		if (affected.length === 0) return [];
		const remedies = items(inc, affected);
		return [
			{
				id: inc.id,
				name: inc.company,
				shortName: inc.shortName,
				country,
				...years(inc),
				affected,
				remedies,
				sources: uniq([...affected.flatMap((a) => a.sources), ...remedies.flatMap((r) => r.sources)]),
			},
		];
	});
}
