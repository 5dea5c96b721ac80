// Ships to the browser: the model explorer's UI text in English, key for key with explorerKo.ts.
import type { ExplorerMessages } from './explorerKo.ts';

export const explorerEn: ExplorerMessages = {
	// The page (pages/[...lang]/model.astro)
	'explorer.page.title': 'Cost model explorer',
	'explorer.page.description': 'What each remedy plausibly cost, with every assumption adjustable',
	'explorer.page.heading': 'What the remedies cost: the model',
	'explorer.page.lede':
		'An estimate of what each remedy plausibly cost the company. Every assumption is shown with its source or rationale and can be changed; either carrier’s package can be applied to the other’s customers.',
	'explorer.page.needsJs': 'Changing assumptions needs JavaScript; the figures below are the default scenario.',
	'explorer.page.loadFailed':
		'The model could not be loaded, so the figures below still show the default scenario. What you entered is kept: change a field or press Enter to try again, and if it keeps failing, reload the page.',
	'explorer.page.assumptions': 'Assumptions',
	'explorer.page.results': 'Results',
	'explorer.page.reset': 'Reset to defaults',
	'explorer.page.apply': 'Apply and update the link',
	'explorer.page.share': 'Link to this scenario',
	'explorer.page.total': 'Total',
	'explorer.page.reconciliationHeading': 'Announced value and modelled cost',
	'explorer.page.tieOutHeading': 'Tie-out with reported quarters',
	'explorer.page.chartsHeading': 'Charts',
	'explorer.page.notModelledHeading': 'Not modelled',

	// Inputs (lib/explorer/renderControls.ts)
	'explorer.controls.incident': 'Customers (incident)',
	'explorer.controls.package': 'Customer remedies applied',
	'explorer.controls.components': 'Components on or off',
	'explorer.controls.pendingBlock': 'Sanctions, pending: outside the totals',
	'explorer.controls.changed': 'changed',
	'explorer.controls.changedFromDefault': 'changed from default',
	'explorer.controls.sourced': 'sourced',
	'explorer.controls.assumption': 'assumption',
	'explorer.controls.help': 'Default {default} · estimate P5–P95 {low}–{high} · allowed {min}–{max} · {basis}',
	'explorer.controls.definition': 'Definition',
	'explorer.group.package': 'What was offered',
	'explorer.group.population': 'Customers and behaviour',
	'explorer.group.cost': 'Costs and prices',
	'explorer.group.valuation': 'Discount rate and horizon',
	'explorer.group.security': 'Security investment',
	'explorer.group.incident': 'Facts of the incident',
	'explorer.unit.krwScaled': '₩ billion',

	// Scenario names (lib/explorer/incidentLabel.ts)
	'explorer.scenario.real': '{incident}: the real package',
	'explorer.summary.scaleNote':
		'This counterfactual is costed at {incident}’s scale. What {package} gave only to the people its breach affected ({items}) goes here to all {people} people affected by {incident}’s breach: a median of {cost}.',
	'explorer.summary.scaleNoteMore': 'The total is large because {ratio} times as many people were affected as in {package}’s breach, not because the package is more generous.',
	'explorer.scenario.counterfactual':
		'Counterfactual: {incident}’s customers with {package}’s customer remedies (departures, sanctions and security stay {incident}’s)',

	// Headline and blocks (lib/explorer/renderOutputs.ts)
	'explorer.summary.detail':
		'Cost of the remedy (the customer-remedies block alone), the simulated median (P50). P5–P95 of {draws} draws: {range}; about {usd} at the {period} average of ₩{rate} per dollar. Adding the customer-remedies, customers-lost and decided-sanctions blocks, the total cost of the breach is {breach} at P50 (P5–P95 {breachRange}).',
	'explorer.summary.caption': 'Headline totals and blocks',
	'explorer.summary.item': 'Item',
	'explorer.summary.independent': 'P5–P95 (independent inputs)',
	'explorer.summary.correlated': 'P5–P95 (inputs perfectly correlated)',
	'explorer.summary.central': 'All inputs central',
	'explorer.summary.adds': 'Adds: {blocks}',
	'explorer.summary.block': 'Block',
	'explorer.summary.note':
		'Pending fines and claims and the security increment are shown beside the total cost of the breach, never added to it. Ranges show the spread of the assumptions, not a statistical confidence interval. Beside the range with independent inputs is the range when every input sits at the same percentile (perfectly correlated).',
	'explorer.itemised.caption': 'Estimated cost by component',
	'explorer.itemised.component': 'Component',
	'explorer.itemised.cost': 'Cost (P50)',
	'explorer.itemised.retail': 'Value at retail prices',
	'explorer.itemised.computation': 'Computation (all inputs central)',
	'explorer.itemised.off': 'off',
	'explorer.normalised.caption': 'Cost per unit',
	'explorer.normalised.denominator': 'Denominator',
	'explorer.reconciliation.caption': 'Reconciliation with stated and reported figures',
	'explorer.reconciliation.model': 'Model (P50, P5–P95)',
	'explorer.reconciliation.stated': 'Company stated',
	'explorer.reconciliation.press': 'Press estimate',
	'explorer.reconciliation.ratio': 'Model ÷ public',
	'explorer.reconciliation.reason': 'Why they differ',
	'explorer.reconciliation.notComparable': 'scenario value, not a calibration check',

	// Tie-out (lib/explorer/renderTieOut.ts)
	'explorer.tieOut.none': 'No reported quarter for this incident.',
	'explorer.tieOut.caption': 'Tie-out with reported operating profit',
	'explorer.tieOut.quarter': 'Quarter',
	'explorer.tieOut.operatingProfit': 'Operating profit',
	'explorer.tieOut.yearBefore': 'year before',
	'explorer.tieOut.change': 'Change on a year earlier',
	'explorer.tieOut.known': 'Known items outside the breach',
	'explorer.tieOut.modelled': 'Modelled breach cost (P50)',
	'explorer.tieOut.unexplained': 'Unexplained remainder',
	'explorer.tieOut.caveats': 'Caveats',
	'explorer.tieOut.fine': 'fine {amount} (not tax-deductible)',
	'explorer.tieOut.notComparable': 'scenario value, not a check against the real package',
	'explorer.tieOut.note':
		'Remainder = change on a year earlier − known items + modelled breach cost. Negative: profit fell by more than the model and the known items explain. Security spending is left out: most of it is capital spending, which reaches profit only as depreciation over several years.',

	// Source links (lib/explorer/html.ts)
	'explorer.source': 'Source',

	// What a shared link's decoding ignored (islands/remedy-model.ts)
	'explorer.notices.intro': 'Some settings in this link were not used; defaults apply instead:',
	'explorer.notice.unknown-key': 'unknown setting, ignored',
	'explorer.notice.duplicate-key': 'repeated, first value used',
	'explorer.notice.malformed': 'unreadable value, default used',
	'explorer.notice.clamped': 'outside the allowed range, clamped',
	'explorer.notice.unknown-incident': 'unknown incident, default used',
	'explorer.notice.unknown-component': 'unknown component, ignored',
	'explorer.notice.unsupported-version': 'unsupported link version, all defaults used',
	'explorer.notice.missing-version': 'no link version, read as the current one',
	'explorer.notice.too-many-notices': 'more not listed',
};
