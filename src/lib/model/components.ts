// Ships to the browser: the list of remedy components, their labels and formulas.
/**
 * Every component the model costs, in display order. A page lists these to label rows, show the
 * formula next to each number (renderFormula fills in the values) and build the on/off toggles.
 */
import type { ComponentSpec } from './componentSpec.ts';
import { BILL_DISCOUNT_PARAMS, billDiscountCost, billDiscountRetailValue } from './components/billDiscount.ts';
import {
	DATA_ALLOWANCE_PARAMS,
	dataAllowanceCost,
	dataAllowanceRetailValue,
} from './components/dataAllowance.ts';
import {
	DEALER_PARAMS,
	DEPARTURE_PARAMS,
	breachDeparturesCost,
	breachDeparturesPerMonth,
	dealerCompensationCost,
	waiverDeparturesCost,
	waiverDeparturesPerMonth,
} from './components/churn.ts';
import { FEE_WAIVER_PARAMS, waivedPenalties } from './components/feeWaiver.ts';
import { FRAUD_INSURANCE_PARAMS, fraudInsuranceCost, fraudInsuranceRetailValue } from './components/fraudInsurance.ts';
import { FINE_PARAMS, FRAUD_REFUND_PARAMS, PENDING_PARAMS, fineCost, fraudRefundCost, pendingLiabilitiesCost } from './components/incidentCosts.ts';
import {
	MEMBERSHIP_DISCOUNT_PARAMS,
	membershipDiscountCost,
	membershipDiscountRetailValue,
} from './components/membershipDiscount.ts';
import { OTT_VOUCHER_PARAMS, ottVoucherCost, ottVoucherRetailValue } from './components/ottVoucher.ts';
import {
	SECURITY_INVESTMENT_PARAMS,
	securityIncrementPerYear,
	securityInvestmentCost,
} from './components/securityInvestment.ts';
import {
	USIM_REPLACEMENT_PARAMS,
	usimReplacementCost,
	usimReplacementRetailValue,
} from './components/usimReplacement.ts';
import { VICTIM_CREDIT_PARAMS, victimCreditCost } from './components/victimCredit.ts';

export { AUDIENCES, BLOCKS, BLOCK_LABELS, type Audience, type Block } from './blocks.ts';
export type { ComponentSpec } from './componentSpec.ts';

export const COMPONENTS = [
	{
		id: 'bill-discount',
		url: 'bd',
		block: 'remedies',
		audience: 'all-customers',
		decided: true,
		scope: 'package',
		label: { ko: '요금 할인', en: 'Bill discount' },
		formula:
			'({mnoCustomers} × {arpu} + {mvnoCustomers} × {discountMvnoCoverage} × {mvnoArpu} × {mvnoCarrierFundedShare}) × {discountRate} × {discountMonths}',
		params: BILL_DISCOUNT_PARAMS,
		cost: billDiscountCost,
		retailValue: billDiscountRetailValue,
	},
	{
		id: 'data-allowance',
		url: 'da',
		block: 'remedies',
		audience: 'all-customers',
		decided: true,
		scope: 'package',
		label: { ko: '데이터 추가 제공', en: 'Extra mobile data' },
		formula:
			'{mnoCustomers} × (100% − {unlimitedShare}) × {dataUserShare} × min({dataGbPerMonth}, {dataExtraGbUsed}) × {dataMonths} × {dataCostPerGb}',
		params: DATA_ALLOWANCE_PARAMS,
		cost: dataAllowanceCost,
		retailValue: dataAllowanceRetailValue,
	},
	{
		id: 'membership-discount',
		url: 'md',
		block: 'remedies',
		audience: 'all-customers',
		decided: true,
		scope: 'package',
		label: { ko: '멤버십·제휴 할인', en: 'Membership and partner discounts' },
		formula: '{mnoCustomers} × {membershipUseShare} × {membershipMonths} × {membershipDiscountPerUse} × {membershipCarrierShare}',
		params: MEMBERSHIP_DISCOUNT_PARAMS,
		cost: membershipDiscountCost,
		retailValue: membershipDiscountRetailValue,
	},
	{
		id: 'ott-voucher',
		url: 'ov',
		block: 'remedies',
		audience: 'all-customers',
		decided: true,
		scope: 'package',
		label: { ko: 'OTT 이용권', en: 'Streaming (OTT) voucher' },
		formula: '{mnoCustomers} × {ottTakeUpShare} × {ottCarrierPrice} × {ottMonths}',
		params: OTT_VOUCHER_PARAMS,
		cost: ottVoucherCost,
		retailValue: ottVoucherRetailValue,
	},
	{
		id: 'fraud-insurance',
		url: 'fi',
		block: 'remedies',
		audience: 'all-customers',
		decided: true,
		scope: 'package',
		label: { ko: '안심 보험', en: 'Fraud insurance' },
		formula: '{mnoCustomers} × {insuranceEnrolledShare} × {insurancePremium} × {insuranceMonths}',
		params: FRAUD_INSURANCE_PARAMS,
		cost: fraudInsuranceCost,
		retailValue: fraudInsuranceRetailValue,
	},
	{
		id: 'victim-credit',
		url: 'vc',
		block: 'remedies',
		audience: 'affected',
		decided: true,
		scope: 'package',
		label: { ko: '피해 고객 요금·단말 할인', en: 'Credit for affected customers' },
		formula: '{affectedPeople} × {victimCreditTakeUp} × {victimCredit}',
		params: VICTIM_CREDIT_PARAMS,
		cost: victimCreditCost,
		retailValue: victimCreditCost,
	},
	{
		id: 'usim-replacement',
		url: 'us',
		block: 'remedies',
		audience: 'all-customers',
		decided: true,
		scope: 'package',
		label: { ko: '무상 유심 교체', en: 'Free USIM replacement' },
		formula: '({mnoCustomers} + {mvnoCustomers}) × {usimSwapShare} × ({usimCardCost} + {usimHandlingCost})',
		params: USIM_REPLACEMENT_PARAMS,
		cost: usimReplacementCost,
		retailValue: usimReplacementRetailValue,
	},
	{
		id: 'fraud-refund',
		url: 'fr',
		block: 'remedies',
		audience: 'affected',
		decided: true,
		scope: 'incident',
		label: { ko: '피해액 환급', en: 'Fraud losses refunded' },
		formula: '{fraudRefunds}',
		params: FRAUD_REFUND_PARAMS,
		cost: fraudRefundCost,
		retailValue: fraudRefundCost,
	},
	{
		id: 'fee-waiver',
		url: 'fw',
		block: 'remedies',
		audience: 'leavers',
		decided: true,
		scope: 'package',
		label: { ko: '위약금 면제', en: 'Early-termination fee waiver' },
		formula: '{waiverLeavers} × {penaltyOwingShare} × {averagePenalty}',
		params: FEE_WAIVER_PARAMS,
		cost: waivedPenalties,
		retailValue: waivedPenalties,
	},
	{
		id: 'waiver-departures',
		url: 'wd',
		block: 'churn',
		audience: 'none',
		decided: true,
		scope: 'incident',
		label: { ko: '면제로 떠난 고객의 이익', en: 'Margin lost on leavers the waiver let go' },
		formula:
			'{excessLeavers} × {waiverAttribution} × {arpu} × {contributionMargin} × annuity({churnHorizonMonths}, {presentValueRate})',
		params: DEPARTURE_PARAMS,
		cost: waiverDeparturesCost,
		retailValue: null,
		perMonth: waiverDeparturesPerMonth,
	},
	{
		id: 'breach-departures',
		url: 'bx',
		block: 'churn',
		audience: 'none',
		decided: true,
		scope: 'incident',
		label: { ko: '사고로 떠난 고객의 이익', en: 'Margin lost on leavers the breach drove away' },
		formula:
			'{excessLeavers} × (100% − {waiverAttribution}) × {arpu} × {contributionMargin} × annuity({churnHorizonMonths}, {presentValueRate})',
		params: DEPARTURE_PARAMS,
		cost: breachDeparturesCost,
		retailValue: null,
		perMonth: breachDeparturesPerMonth,
	},
	{
		id: 'dealer-compensation',
		url: 'dh',
		block: 'churn',
		audience: 'none',
		decided: true,
		scope: 'incident',
		label: { ko: '판매 중단 대리점 보상', en: 'Dealer compensation for the sales halt' },
		formula: '{haltExpectedSales} × {dealerPayPerSale}',
		params: DEALER_PARAMS,
		cost: dealerCompensationCost,
		retailValue: null,
	},
	{
		id: 'fine',
		url: 'fn',
		block: 'sanctions',
		audience: 'none',
		decided: true,
		scope: 'incident',
		label: { ko: '과징금·과태료(부과)', en: 'Fines imposed' },
		formula: '{fine}',
		params: FINE_PARAMS,
		cost: fineCost,
		retailValue: null,
	},
	{
		id: 'pending-liabilities',
		url: 'pl',
		block: 'sanctions',
		audience: 'none',
		decided: false,
		scope: 'incident',
		label: { ko: '미확정 제재·배상(시나리오)', en: 'Pending fines and claims (scenario)' },
		formula: '{pendingLiabilities}',
		params: PENDING_PARAMS,
		cost: pendingLiabilitiesCost,
		retailValue: null,
	},
	{
		id: 'security-investment',
		url: 'si',
		block: 'security',
		audience: 'none',
		decided: true,
		scope: 'incident',
		label: { ko: '정보보호 투자(증분, 현재가치)', en: 'Security investment (increment, present value)' },
		formula:
			'{securityAttribution} × Σ max(0, {securityPledge} ÷ {securityYears} − {securityBaseline} × (1 + {securityBaselineGrowth})^y) ÷ (1 + {presentValueRate})^y',
		params: SECURITY_INVESTMENT_PARAMS,
		cost: securityInvestmentCost,
		retailValue: null,
		perYear: securityIncrementPerYear,
	},
] as const satisfies readonly ComponentSpec[];

export type ComponentId = (typeof COMPONENTS)[number]['id'];

export const COMPONENT_IDS: readonly ComponentId[] = COMPONENTS.map((c) => c.id);

/** Number of components; the length of every per-component array. */
export const COMPONENT_COUNT = COMPONENTS.length;

/** Type guard for strings that name a component. */
export function isComponentId(id: string): id is ComponentId {
	return (COMPONENT_IDS as readonly string[]).includes(id);
}

/** The spec of one component. */
export function componentSpec(id: ComponentId): ComponentSpec {
	return COMPONENTS[COMPONENT_IDS.indexOf(id)]!;
}
