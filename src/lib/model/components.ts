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
import { FEE_WAIVER_PARAMS, departureValue, feeWaiverCost, waivedPenalties } from './components/feeWaiver.ts';
import { FRAUD_INSURANCE_PARAMS, fraudInsuranceCost, fraudInsuranceRetailValue } from './components/fraudInsurance.ts';
import { FINE_PARAMS, FRAUD_REFUND_PARAMS, fineCost, fraudRefundCost } from './components/incidentCosts.ts';
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

export { CATEGORIES, CATEGORY_LABELS, type Category } from './categories.ts';
export type { ComponentPart, ComponentSpec } from './componentSpec.ts';

export const COMPONENTS = [
	{
		id: 'bill-discount',
		url: 'bd',
		category: 'benefit',
		scope: 'package',
		label: { ko: '요금 할인', en: 'Bill discount' },
		formula:
			'({mnoCustomers} × {arpu} + {mvnoCustomers} × {discountMvnoCoverage} × {mvnoArpu} × {mvnoCarrierFundedShare}) × {discountRate} × {discountMonths}',
		params: BILL_DISCOUNT_PARAMS,
		cost: billDiscountCost,
		retailValue: billDiscountRetailValue,
		parts: [],
	},
	{
		id: 'data-allowance',
		url: 'da',
		category: 'benefit',
		scope: 'package',
		label: { ko: '데이터 추가 제공', en: 'Extra mobile data' },
		formula:
			'{mnoCustomers} × (100% − {unlimitedShare}) × {dataUserShare} × min({dataGbPerMonth}, {dataExtraGbUsed}) × {dataMonths} × {dataCostPerGb}',
		params: DATA_ALLOWANCE_PARAMS,
		cost: dataAllowanceCost,
		retailValue: dataAllowanceRetailValue,
		parts: [],
	},
	{
		id: 'membership-discount',
		url: 'md',
		category: 'benefit',
		scope: 'package',
		label: { ko: '멤버십·제휴 할인', en: 'Membership and partner discounts' },
		formula: '{mnoCustomers} × {membershipUseShare} × {membershipMonths} × {membershipDiscountPerUse} × {membershipCarrierShare}',
		params: MEMBERSHIP_DISCOUNT_PARAMS,
		cost: membershipDiscountCost,
		retailValue: membershipDiscountRetailValue,
		parts: [],
	},
	{
		id: 'ott-voucher',
		url: 'ov',
		category: 'benefit',
		scope: 'package',
		label: { ko: 'OTT 이용권', en: 'Streaming (OTT) voucher' },
		formula: '{mnoCustomers} × {ottTakeUpShare} × {ottCarrierPrice} × {ottMonths}',
		params: OTT_VOUCHER_PARAMS,
		cost: ottVoucherCost,
		retailValue: ottVoucherRetailValue,
		parts: [],
	},
	{
		id: 'fraud-insurance',
		url: 'fi',
		category: 'benefit',
		scope: 'package',
		label: { ko: '안심 보험', en: 'Fraud insurance' },
		formula: '{mnoCustomers} × {insuranceEnrolledShare} × {insurancePremium} × {insuranceMonths}',
		params: FRAUD_INSURANCE_PARAMS,
		cost: fraudInsuranceCost,
		retailValue: fraudInsuranceRetailValue,
		parts: [],
	},
	{
		id: 'victim-credit',
		url: 'vc',
		category: 'protection',
		scope: 'package',
		label: { ko: '피해 고객 요금·단말 할인', en: 'Credit for affected customers' },
		formula: '{affectedPeople} × {victimCreditTakeUp} × {victimCredit}',
		params: VICTIM_CREDIT_PARAMS,
		cost: victimCreditCost,
		retailValue: victimCreditCost,
		parts: [],
	},
	{
		id: 'usim-replacement',
		url: 'us',
		category: 'protection',
		scope: 'package',
		label: { ko: '무상 유심 교체', en: 'Free USIM replacement' },
		formula: '({mnoCustomers} + {mvnoCustomers}) × {usimSwapShare} × ({usimCardCost} + {usimHandlingCost})',
		params: USIM_REPLACEMENT_PARAMS,
		cost: usimReplacementCost,
		retailValue: usimReplacementRetailValue,
		parts: [],
	},
	{
		id: 'fraud-refund',
		url: 'fr',
		category: 'protection',
		scope: 'incident',
		label: { ko: '피해액 환급', en: 'Fraud losses refunded' },
		formula: '{fraudRefunds}',
		params: FRAUD_REFUND_PARAMS,
		cost: fraudRefundCost,
		retailValue: fraudRefundCost,
		parts: [],
	},
	{
		id: 'fee-waiver',
		url: 'fw',
		category: 'exit',
		scope: 'package',
		label: { ko: '위약금 면제', en: 'Early-termination fee waiver' },
		formula:
			'{waiverLeavers} × {penaltyOwingShare} × {averagePenalty} + {excessLeavers} × {waiverAttribution} × {arpu} × {contributionMargin} × {remainingMonths}',
		params: FEE_WAIVER_PARAMS,
		cost: feeWaiverCost,
		retailValue: waivedPenalties,
		parts: [
			{
				id: 'penalties',
				label: { ko: '면제된 위약금', en: 'Penalties waived' },
				formula: '{waiverLeavers} × {penaltyOwingShare} × {averagePenalty}',
				value: waivedPenalties,
			},
			{
				id: 'departures',
				label: { ko: '추가 이탈에 따른 이익 감소', en: 'Profit lost on extra departures' },
				formula: '{excessLeavers} × {waiverAttribution} × {arpu} × {contributionMargin} × {remainingMonths}',
				value: departureValue,
			},
		],
	},
	{
		id: 'security-investment',
		url: 'si',
		category: 'security',
		scope: 'package',
		label: { ko: '정보보호 투자(증분)', en: 'Security investment (incremental)' },
		formula: 'max(0, {securityPledge} ÷ {securityYears} − {securityBaseline}) × {securityYears}',
		params: SECURITY_INVESTMENT_PARAMS,
		cost: securityInvestmentCost,
		retailValue: null,
		parts: [],
		perYear: securityIncrementPerYear,
	},
	{
		id: 'fine',
		url: 'fn',
		category: 'sanction',
		scope: 'incident',
		label: { ko: '과징금·과태료', en: 'Fines' },
		formula: '{fine}',
		params: FINE_PARAMS,
		cost: fineCost,
		retailValue: null,
		parts: [],
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
