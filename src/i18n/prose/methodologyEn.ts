/** The methodology page's paragraphs in English, key for key with methodologyKo.ts (see there). */
import type { MessagesOf } from '../messageLookup.ts';
import type { methodologyKo } from './methodologyKo.ts';

export const methodologyEn: MessagesOf<typeof methodologyKo> = {
	// Definitions: one term and its meaning per unit the site keeps apart
	'methodology.definitions.record.term': 'Record',
	'methodology.definitions.record.text':
		'One leaked data entry, e.g. {records}: USIM records keyed by subscriber identity (IMSI), including test and placeholder entries, so not a count of people.',
	'methodology.definitions.person.term': 'Person',
	'methodology.definitions.person.text': 'A distinct human being affected, duplicates removed: {people}.',
	// A semicolon, because each count already has a thousands comma (KT 22,227 people).
	'methodology.definitions.person.listSeparator': '; ',
	'methodology.definitions.line.term': 'Line',
	'methodology.definitions.line.text': 'One phone number. Ministry subscriber statistics and number-portability counts are in lines; one person can hold several.',
	'methodology.definitions.account.term': 'Account',
	'methodology.definitions.account.text': 'One service account; used when comparing other breaches, never mixed with people or records.',
	'methodology.definitions.departures.term': 'Gross and net departures',
	'methodology.definitions.departures.text':
		'Gross departures count lines ported away; net subtracts lines ported in. Sources also differ on whether moves to MVNOs count. Figures on different bases are never added or compared directly.',
	'methodology.definitions.announcedValue.term': 'Announced value and cost',
	'methodology.definitions.announcedValue.text':
		'What a company says a package is worth is its face value, not what it cost the company. The cost model computes the two separately and shows them side by side.',

	// When sources disagree
	'methodology.disagreements.text':
		'Where sources give different values, every value is kept with its sources; one is marked preferred and the reason is written down. {count} figures currently carry other values, shown under “other values” beside each figure on the incident pages. Values judged to be typos are kept too, with the reason.',

	// The cost model
	'methodology.model.text': 'Each component’s formula and assumptions are shown, filled in with the current values, in the model explorer.',
	'methodology.inputs.distribution':
		"Every uncertain input is written as low, central and high and read as that input's P5, P50 and P95. The distribution is a split normal: below the central value half a normal with σ = (central − low) ÷ {z}, above it half a normal with σ = (high − central) ÷ {z}, each half holding 50% of the probability. So the stated central is exactly the median of the draws, and low and high sit at the 5th and 95th percentiles however lopsided the range. Draws are clamped to the input's allowed range (a share never exceeds 100%, a count never drops below zero); clamping keeps order, so the three percentiles are unchanged. Example: {incident}'s ARPU is {range}, so σ is {sigmaLow} below and {sigmaHigh} above. A range must describe uncertainty about the same quantity as its central value; values on another basis (an ARPU that includes MVNO and IoT lines, the retail swap fee used as a card cost, a swap rate that assumes every customer swapped) were taken out of the ranges, with the reason in each input's basis.",
	'methodology.inputs.simulation':
		"The simulation draws every input independently {draws} times (seed {seed}). The headline is always the simulated median (P50) with its P5–P95. The all-inputs-central value is shown separately and labelled as such; because every input's central is its own median, it lies inside P5–P95 for every component, block and total (a test checks this; there is no exception).",
	'methodology.dependence.text':
		'There is no data to estimate how the inputs move together. So beside the P5–P95 with independent inputs, every block and total also shows the P5–P95 when every input sits at the same percentile of its own distribution (perfectly correlated, comonotonic). Inputs whose rise lowers a cost (the spending baseline, the discount rate) move with the rest. The true range most likely lies between the two bands.',

	// Four blocks and the headline totals
	'methodology.blocks.remedies':
		'(a) Customer remedies: one-off costs and revenue forgone (bill discount, data, membership, streaming, insurance, USIM swaps, the affected-customer credit, fraud refunds, waived penalties).',
	'methodology.blocks.customersLost':
		"(b) Customers lost: the present value of the margin on the excess net loss of customers over a stated horizon, split into the waiver's share and the breach's, plus dealer compensation for the sales halt. The net loss is a net count, so sign-ups missed in the halt are already inside it.",
	'methodology.blocks.sanctions':
		'(c) Sanctions: only fines already imposed count in the total. Pending fines, mediation awards and lawsuits are a scenario starting at zero, shown beside it. Fines are not tax-deductible.',
	'methodology.blocks.security':
		'(d) Security investment: the present value of pledged spending above the pre-breach baseline grown at its own trend, times the share the breach caused; for KT, whose plan predates disclosure, that share starts at 0%.',
	'methodology.blocks.totals': 'The {remedy} is (a); the total cost of the breach is (a) + (b) + decided (c), with (d) shown beside it.',
	// One line per incident: the headline totals of its default run.
	'methodology.blocks.run':
		'{incident}: {remedy} P50 {remedyP50} (P5–P95 {remedyP5}–{remedyP95}); total cost of the breach P50 {breachP50} ({breachP5}–{breachP95}); {security} P50 {securityP50}; pending fines and claims P50 {pendingP50}.',

	// Present values, per-unit figures, counterfactuals, the tie-out, the formulas
	'methodology.presentValue.text':
		"Leavers' margin: monthly margin × (1 − (1 + q)^−horizon) ÷ q, with q = (1 + annual rate)^(1/12) − 1. Security: Σ over years y = 1…N of max(0, pledge ÷ N − baseline × (1 + trend growth)^y) ÷ (1 + annual rate)^y, times the share the breach caused. The default rate is {rate}, SKT's post-tax rate for its wireless business in its impairment test; it and the horizon can be changed in the model explorer.",
	'methodology.perUnit.text':
		'A cost is divided only by the people or lines who received it: all-customer remedies by eligible customers (or handset lines at the package date), remedies for the affected by the people affected, waived penalties by the customers who left. No per-unit figure spans two blocks, and fines and security spending are never divided by people. Totals appear only as shares of revenue and operating profit.',
	'methodology.counterfactuals.text':
		"A counterfactual changes only the customer remedies and holds everything else (departures, sanctions, security, who was eligible) at the customers' own carrier: KT's real package plus SKT's one-month 50% discount; each carrier's customer remedies on the other's customers. Eligibility follows the customers' carrier, so KT's customers leave out the MVNO users KT excluded.",
	'methodology.tieOut.text':
		"The modelled breach costs are phased by quarter (the data gives the reason for each component's timing) and set beside each carrier's reported year-on-year change in operating profit. Known items outside the breach (retirement costs, the prior year's restructuring) are listed, and the unexplained remainder is shown, not hidden. Security spending is left out because it reaches profit through depreciation. The table is in the model explorer.",
	'methodology.formulas.text': 'The tornado moves one input at a time to its P5 and P95, the others central, and compares the total cost of the breach.',

	// Limitations
	'methodology.limitations.sources': 'Most figures were checked through press reports of primary documents, not the documents themselves.',
	'methodology.limitations.costs': 'Neither company published what each remedy actually cost. The model’s figures are estimates and move with the assumptions.',
	'methodology.limitations.pendingFine':
		'The privacy commission has not yet decided on KT. Pre-decision speculation is never treated as a fine; it appears only in the pending scenario, outside the totals.',
	'methodology.limitations.departures': 'Departure counts differ by period and basis (gross or net, MVNO or not); only like bases are compared.',
};
