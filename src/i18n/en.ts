/** Every UI string of the site in English, key for key with ko.ts (see there for the conventions). */
import { sharedChartEn } from '../charts/shared/messages.ts';
import { benchmarksEn } from '../charts/benchmarks/messages.ts';
import { costPerPersonEn } from '../charts/cost-per-person/messages.ts';
import { costVsAnnouncedEn } from '../charts/cost-vs-announced/messages.ts';
import { departuresEn } from '../charts/departures/messages.ts';
import { financialsEn } from '../charts/financials/messages.ts';
import { modelUncertaintyEn } from '../charts/model-uncertainty/messages.ts';
import { remedyMatrixEn } from '../charts/remedy-matrix/messages.ts';
import { scaleEn } from '../charts/scale/messages.ts';
import { securityInvestmentEn } from '../charts/security-investment/messages.ts';
import { timelineEn } from '../charts/timeline/messages.ts';
import { benchmarkFiltersEn } from '../islands/benchmark-filters/messages.ts';
import { explorerEn } from '../lib/explorer/explorerEn.ts';
import { modelUnitWordsEn } from './modelUnitWords.ts';
import { methodologyEn } from './prose/methodologyEn.ts';
import type { Messages } from './ko.ts';

export const en: Messages = {
	// Site frame (layouts/Base.astro, embed pages)
	'site.title': 'Telecom breach remedies compared',
	'site.tagline': 'What SK Telecom and KT offered after their 2025 breaches, and what it cost',
	'layout.skipToContent': 'Skip to content',
	'layout.siteNav': 'Site',
	'layout.languageSwitch': '한국어',
	'layout.languageSwitchLabel': 'Read in Korean',
	'layout.footerData': 'Every figure comes from the sourced records in data/.',

	// Header navigation (i18n/nav.ts)
	'nav.overview': 'Overview',
	'nav.model': 'Cost model',
	'nav.benchmarks': 'Benchmarks',
	'nav.methodology': 'Methodology',
	'nav.data': 'Data',
	'nav.corrections': 'Corrections',
	'nav.brief': 'Brief',

	// Chart furniture (components/ChartFigure.astro)
	'chart.chooseView': 'Choose a view',
	'chart.defaultView': 'Default view',
	'chart.downloadSvg': 'Download SVG',
	'chart.downloadCsv': 'Data (CSV)',
	'chart.permalink': 'Permalink',
	'chart.embedCode': 'Embed code',

	// Chart pages (pages/[...lang]/charts/), compact and full chart figures, embeds and sharing (feed, cards)
	'chartPage.sourcesLine': 'Sources: {publishers}',
	'chartPage.open': 'All sources, data table, downloads',
	'chartPage.about': 'About this chart',
	'chartPage.notes': 'Notes and definitions',
	'chartPage.sources': 'All sources',
	'chartPage.data': 'Data table',
	'chartPage.downloads': 'Downloads',
	'chartPage.share': 'Link and embed',
	'chartPage.appearsOn': 'Appears on',
	'chartPage.indexTitle': 'All charts',
	'chartPage.indexDescription': 'Every chart on the site, each with all its sources, data table, downloads and embed code',
	'chartPage.indexLede': 'Every chart has its own page, with all its sources, the data as a table, files to download and an embed code.',
	'embed.codeHelp': 'Paste this code where the chart should appear; the frame grows to the height of the chart.',
	'embed.previewNotice': 'This code points at a local preview build; copy the code from the published site instead.',
	'share.listSeparator': ', ',
	'share.andMore': '{named} and {n} more',
	'share.imageAlt': '{title}: {text}',
	'share.feedTitle': 'Telecom breach remedies compared: corrections and data updates',
	'share.feedSubtitle': 'Corrections to published figures and new data versions',
	'share.feedLink': 'Corrections and updates feed (Atom)',
	'share.feedDataTitle': 'Data version {version}',
	'share.feedDataSummary': 'The data is at version {version}; its newest figure describes {date}.',
	'share.feedCorrectionTitle': 'Correction: {target}',
	'share.feedCorrectionSummary': '{old} → {new}. {reason}',

	// An incident's scale figures (components/FigureTable.astro)
	'figureTable.figure': 'Figure',
	'figureTable.value': 'Value',
	'figureTable.definition': 'Definition',
	'figureTable.asOf': 'As of',
	'figureTable.confidence': 'Confidence',
	'figureTable.corrected': 'Corrected',
	'figureTable.otherValues': '{n} other value(s)',
	'figureTable.whyThisValue': 'Why this value',

	// Overview (pages/[...lang]/index.astro)
	'overview.lede':
		'Both carriers offered remedies after their 2025 breaches, but not the same ones. SK Telecom cut every customer’s bill and waived early-termination fees; KT waived the fees but gave no across-the-board discount. Every number below links to its source.',
	'overview.subscriberLines': 'Subscriber lines',
	'overview.citeNote': 'Each figure in the table cites its strongest source, official ones first. Who is eligible for each remedy, and every source, is on the SKT and KT pages.',
	'overview.scaleRatio':
		'Records and people are different units: a leaked-record count includes test and duplicate entries, so it runs higher than the number of people. Comparing people with people, the {largest} breach touched about {ratio} times as many as {smallest}’s.',
	'overview.remediesHeading': 'The two remedy packages side by side',
	'overview.component': 'Component',
	'overview.notOffered': 'Not offered',
	'overview.announcedValue': 'Value the company announced',
	'overview.noTotalAnnounced': 'No total announced',
	'overview.investmentHeading': 'Security investment pledges',
	'overview.overYears': 'over {n} years',
	'overview.finesHeading': 'Fines',
	'overview.departuresHeading': 'Departures during the fee-waiver windows',
	'overview.chartsHeading': 'In charts',
	'overview.moreCharts': 'More charts',
	'overview.nextHeading': 'Go further',
	'overview.nextModel': 'the cost model, with every assumption and range adjustable',
	'overview.nextBenchmarks': 'other breaches’ remedies on the same footing',
	'overview.nextIncident': 'every figure, the timeline and sources of one incident',
	'overview.nextBrief': 'one printable A4 page',
	'overview.recordsLeaked': 'Records leaked (not people)',
	'overview.peopleAffected': 'People affected',
	'overview.pendingCount': '{n} pending',
	'overview.mvno.included': 'MVNO moves included',
	'overview.mvno.excluded': 'MVNO moves excluded',
	'overview.mvno.unknown': 'MVNO moves: not stated',

	// Findings the overview and the brief open with (components/Findings.astro)
	'findings.heading': 'What we found',
	'findings.offered': '{name} offered every customer {n} remedies: {items}.',
	'findings.offeredMore': ' and {n} more',
	'findings.noDiscount': '{name} gave no across-the-board bill discount.',
	'findings.costLead': 'What the customer remedies cost, in the cost model (simulated median P50, P5–P95 in brackets):',
	'findings.cost': '{name} about {p50} ({p5}–{p95}).',
	'findings.announced': '{name}’s own figure, {value}, is a face value, not a cost.',
	'findings.modelLink': 'See and change the assumptions',
	'findings.perLine': 'Like with like, the all-customer remedies cost per subscriber line: {items}.',
	'findings.perLineItem': '{name} about {p50} ({p5}–{p95})',
	'findings.perLineWhy': 'Every line could take these remedies up, so they are not divided by the number of people whose data leaked.',
	'findings.methodLink': 'Methodology',
	'findings.standing': '{name}’s announced package comes to {amount} {per}, number {rank} of the {of} cases whose face value to victims can be converted.',
	'findings.standingWhy': 'Face values are ranked only against face values, never against cash paid or settlement funds.',
	'findings.benchmarksLink': 'Other breaches',
	'findings.pending': 'Still pending for {name} ({n}): {items}.',
	'findings.pendingCost': 'The model keeps pending fines and claims outside its totals, as a scenario: {items}.',
	'findings.pendingCostItem': '{name} about {p50} ({p5}–{p95})',

	// One incident (pages/[...lang]/incidents/[id].astro)
	'incident.pageTitle': 'The {name} breach on record',
	'incident.disclosed': 'Disclosed (day 0 of the timeline)',
	'incident.scaleHeading': 'Scale',
	'incident.timelineHeading': 'Timeline',
	'incident.remediesHeading': 'Remedies',
	'incident.announcedValue': 'Announced value',
	'incident.departuresHeading': 'Departures',
	'incident.departuresNote':
		'Gross departures and net losses, with or without moves to MVNOs, are different quantities: they are never added together.',
	'incident.measure': 'Measure',
	'incident.value': 'Value',
	'incident.window': 'Window',
	'incident.basis': 'Basis',
	'incident.gross': 'gross',
	'incident.net': 'net',
	'incident.mvno.included': 'MVNO included',
	'incident.mvno.excluded': 'MVNO excluded',
	'incident.mvno.unknown': 'MVNO basis not stated',
	'incident.financialsHeading': 'Financial context',
	'incident.period': 'Period',
	'incident.metric': 'Metric',
	'incident.disputesHeading': 'Fines and disputes',
	'incident.recordLead': 'Every figure on record, with definitions, disagreeing values and confidence:',

	// An incident's full record (pages/[...lang]/incidents/[id]/record.astro)
	'record.pageTitle': 'The {name} breach: the full record',
	'record.description':
		'Every scale figure, departure measure and financial figure on record for the {name} breach, with definitions, disagreeing values, confidence and sources.',
	'record.lede':
		'Every number this site holds on the {name} breach. Where sources disagree, the preferred value comes first; the others, and why they were not preferred, open beneath it. Records, people and lines are different units: each definition says which one a figure counts.',
	'record.back': '← The {name} breach: headline figures, timeline, remedies, fines',
	'record.contents': 'On this page:',
	'record.scaleCount': 'scale figures ({n})',
	'record.outcomesCount': 'departures ({n})',
	'record.financialsCount': 'financial context ({n})',
	'record.showScale': 'Show all {n} scale figures, each with its definition, as-of date, confidence and sources',
	'record.showOutcomes': 'Show all {n} departure measures, each with its window, basis and sources',
	'record.showFinancials': 'Show all {n} financial figures, each with its period, basis and sources',

	// Executive brief (pages/[...lang]/brief.astro)
	'brief.title': 'Executive brief',
	'brief.description': 'SKT and KT remedies on one page',
	'brief.heading': 'SKT and KT breach remedies on one page',
	'brief.asOf': 'As of',
	'brief.dataVersion': 'data version',
	'brief.foot':
		'Every number links to its source. Records, people and lines are different units; an announced value is not a cost. Full data and method: ',

	// Benchmarks (pages/[...lang]/benchmarks.astro); names of remedy types, groups and statuses are the chart's
	'benchmarks.title': 'Benchmarks',
	'benchmarks.description': 'SKT’s and KT’s remedies beside other breaches’, per affected unit',
	'benchmarks.heading': 'Is that a lot? Remedies beside other breaches',
	'benchmarks.answerHeading': 'The short answer',
	'benchmarks.introPossessive': '’s ',
	'benchmarks.introCompanyPut': ': the company put it at ',
	'benchmarks.basis.face-value': ' (a face value the company announced: neither its cost nor cash victims received)',
	'benchmarks.basis.cash-paid': ' (cash paid to victims)',
	'benchmarks.basis.settlement-fund': ' (a settlement fund that includes legal fees)',
	'benchmarks.introDividedBy': ' divided by ',
	'benchmarks.introIs': ' is ',
	'benchmarks.introRank': ': that figure is {rank} of the {of} cases whose money to victims is of the same kind (face value against face value) and can be converted.',
	'benchmarks.rankFirst': 'the highest',
	'benchmarks.rankNth': 'number {rank}',
	'benchmarks.introAltDividedBy': 'Divided by ',
	'benchmarks.introAltIs': ' it is ',
	'benchmarks.introAltEnd': '. ',
	'benchmarks.introMissing': '{name} has no {counts}, so there is no figure on that basis (not zero).',
	'benchmarks.introMissingJoin': ' or ',
	'benchmarks.countOf.records': 'a count of leaked records',
	'benchmarks.countOf.people': 'a count of people',
	'benchmarks.countOf.lines': 'a count of subscriber lines',
	'benchmarks.median':
		'Across the {n} other cases with a figure of the same kind, the largest single remedy to victims runs from {min} ({minCase}) to {max} ({maxCase}) per affected unit, with a median of {median}. The unit is people, accounts or records depending on the case.',
	'benchmarks.annual': ' a year',
	'benchmarks.rankOf': ' — {rank} of {of} cases',
	'benchmarks.perLineAside': ' ({amount} per line)',
	'benchmarks.ranksNote':
		'Ranks compare each case’s largest single item, money to victims only with the same kind (face value, cash paid, settlement fund); nothing is added up, and money to victims, penalties and security pledges are never mixed.',
	'benchmarks.filterHeading': 'Filter',
	'benchmarks.country': 'Country',
	'benchmarks.allOptions': 'All',
	'benchmarks.fromYear': 'From year',
	'benchmarks.fromAny': 'Any',
	'benchmarks.toYear': 'To year',
	'benchmarks.toAny': 'Any',
	'benchmarks.remedyType': 'Remedy type',
	'benchmarks.apply': 'Apply',
	'benchmarks.showAll': 'Show all',
	'benchmarks.needsJs': 'Filtering needs JavaScript; without it, every case is shown below.',
	'benchmarks.yearRule': 'A case matches a year range when the years from its breach to its disclosure overlap it.',
	'benchmarks.caveatsHeading': 'Caveats',
	'benchmarks.caveatUnits':
		'Records are not people. Leaked records, people, subscriber lines and accounts are different units; every per-unit value names its denominator, and the same amount moves a lot depending on which one divides it.',
	'benchmarks.caveatSettlement':
		'A settlement is not a payout. Class-action funds include lawyers’ fees and unclaimed money; what victims actually received can be much less.',
	'benchmarks.caveatFaceValue':
		'Face value is not cost. What a company says a package is worth (discounts, data, vouchers) is its face value to customers, not what it cost the company.',
	'benchmarks.caveatPending':
		'Pending sanctions are not amounts. An undecided fine is listed as pending with no amount, even where a legal maximum or a press estimate exists.',
	'benchmarks.caveatRatesLead': 'Amounts are converted at ',
	'benchmarks.caveatRate': 'the {period} average rate ({currency} 1 = ₩{rate})',
	'benchmarks.caveatRatesTail': ', without adjusting for inflation: older cases would be larger in today’s money.',
	'benchmarks.caveatNoRate':
		'Amounts in currencies without a sourced rate ({currencies}) are left out of the converted comparison; the table below keeps them in their own currency.',
	'benchmarks.allFiguresHeading': 'Every figure and its sources',
	'benchmarks.tableNote':
		'Per unit = amount ÷ denominator. Bold rows are the two incidents this site covers; “other denominator” rows divide the same amount by another count.',
	'benchmarks.showAllFigures': 'Show the tables: {rows} rows from {cases} cases, each with its sources',
	'benchmarks.rateSources': ' Exchange-rate sources for KRW and USD: ',
	'benchmarks.col.case': 'Case',
	'benchmarks.col.item': 'Item',
	'benchmarks.col.typeStatus': 'Type · status',
	'benchmarks.col.amount': 'Amount as stated',
	'benchmarks.col.denominator': 'Denominator',
	'benchmarks.col.perUnitKrw': 'Per unit, KRW',
	'benchmarks.col.perUnitUsd': 'Per unit, USD',
	'benchmarks.col.note': 'Note',
	'benchmarks.amountEach': ' each',
	'benchmarks.perYear': ' a year',
	'benchmarks.amountOverYears': ' over {n} years',
	'benchmarks.otherDenominator': ' (other denominator)',
	'benchmarks.noteOverstated': 'covers several incidents: overstated',
	'benchmarks.notePartOf': 'included in item “{item}”',
	'benchmarks.notePartial': 'only partly comparable case',

	// Methodology (pages/[...lang]/methodology.astro); its paragraphs in i18n/prose/methodologyEn.ts
	'methodology.title': 'Methodology',
	'methodology.description': 'Definitions, formulas, confidence labels and limitations',
	'methodology.definitions.heading': 'Definitions',
	'methodology.confidence.heading': 'Confidence labels',
	'methodology.disagreements.heading': 'When sources disagree',
	'methodology.model.heading': 'The cost model',
	'methodology.model.link': 'Open the model explorer',
	'methodology.inputs.heading': 'Inputs: the central value is the median',
	'methodology.dependence.heading': 'Dependence between inputs',
	'methodology.blocks.heading': 'Four blocks and the headline totals',
	'methodology.presentValue.heading': 'Present values',
	'methodology.perUnit.heading': 'Per-unit figures',
	'methodology.counterfactuals.heading': 'Counterfactuals',
	'methodology.tieOut.heading': 'Tie-out with reported results',
	'methodology.tieOut.link': 'Open the tie-out',
	'methodology.formulas.heading': 'Every formula',
	'methodology.limitations.heading': 'Limitations',
	...methodologyEn,

	// Corrections log (pages/[...lang]/corrections.astro)
	'corrections.title': 'Corrections',
	'corrections.description': 'Every correction to a published figure',
	'corrections.lede':
		'When a published figure changes, the date, the figure, the old and new values and the reason are logged here and flagged beside the figure itself. The log lives in data/corrections.yaml.',
	'corrections.none': 'No published figure has been corrected yet.',
	'corrections.date': 'Date',
	'corrections.figure': 'Figure',
	'corrections.oldValue': 'Old value',
	'corrections.newValue': 'New value',
	'corrections.reason': 'Reason',

	// Downloads (pages/[...lang]/data.astro)
	'data.title': 'Data',
	'data.description': 'Download all data, with its schema',
	'data.heading': 'Download the data',
	'data.lede':
		'Every number on this site is in these files with its unit, as-of date, confidence and sources. Only data that passed schema validation at build time is published.',
	'data.version': 'Data version',
	'data.built': 'Built',
	'data.coverage': 'Coverage',
	'data.coverageSources': 'Sources',
	'data.coverageIncident': '{name}: {figures} figures, {events} events, {remedies} remedy components',
	'data.licence': 'Licence',
	'data.licenceData': 'Data: ',
	'data.licenceTerms': ' — reuse freely with attribution. The source articles remain their publishers’ copyright.',
	'data.files': 'Files',
	'data.datasetFile': 'the whole validated dataset',
	'data.rowCount': '{n} rows',
	'data.schema': 'Schema',
	'data.schemaNote':
		'The JSON Schemas are generated from the zod schemas the site itself validates with. Cross-file checks (source ids resolve, ids unique, windows ordered, a disclosure event on the disclosure date) run at build time on top.',
	'data.units': 'Units',
	'data.unitsNote': 'Records, people, lines and accounts are different units.',
	'data.confidence': 'Confidence labels',
	'data.cite': 'Cite',
	'data.citationLabel': 'Citation',
	'data.citation': 'Telecom breach remedies compared, dataset version {version} (built {date}). {url}',

	// Corrections log detail, status dates and source notes
	'corrections.whatChanged': 'What changed',
	'corrections.before': 'Before',
	'corrections.after': 'After',
	'corrections.affectedCount': 'affected count ({id})',
	'corrections.financialLabel': '{year} {part} {metric}',
	'status.asOf': ' (as of {date})',
	'sources.label': 'Source',
	'sources.dateInferred': ' (date inferred)',

	// Numbered references (lib/references): the heading of the list at the foot of a page
	'references.heading': 'References',

	// Model explorer (lib/explorer/explorerEn.ts, kept there so the island ships only these)
	...explorerEn,

	// Cost-model unit words (i18n/modelUnitWords.ts; lib/format/formatModelValue.ts formats with them)
	...modelUnitWordsEn,

	// Chart downloads and in-chart text (pages/charts/[file].ts, charts/shared)
	'export.credit': '{site} · data version {version} · {origin}',
	'export.sourcesLine': 'Sources: {publishers}',
	'export.png': 'Download PNG',
	'export.png2x': 'PNG at 2× (print, slides)',
	'export.csvSources': 'Sources',
	'export.csvExact': '{label} (exact)',
	'export.csvCode': '{label} (code)',

	// Charts (charts/<id>/messages.ts) and the benchmarks filter island: each table sits beside the
	// code that ships it, so a page or island carries only its own words
	...sharedChartEn,
	...benchmarksEn,
	...costPerPersonEn,
	...costVsAnnouncedEn,
	...departuresEn,
	...financialsEn,
	...modelUncertaintyEn,
	...remedyMatrixEn,
	...scaleEn,
	...securityInvestmentEn,
	...timelineEn,
	...benchmarkFiltersEn,
};
