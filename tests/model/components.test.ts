import { describe, expect, it } from 'vitest';
import { billDiscountCost, billDiscountRetailValue } from '../../src/lib/model/components/billDiscount.ts';
import {
	dataAllowanceCost,
	dataAllowanceFaceValue,
	dataAllowanceRetailValue,
} from '../../src/lib/model/components/dataAllowance.ts';
import { waivedPenalties } from '../../src/lib/model/components/feeWaiver.ts';
import { breachDeparturesCost, dealerCompensationCost, waiverDeparturesCost, waiverDeparturesPerMonth } from '../../src/lib/model/components/churn.ts';
import { monthlyAnnuityFactor } from '../../src/lib/model/presentValue.ts';
import { fraudInsuranceCost, fraudInsuranceRetailValue } from '../../src/lib/model/components/fraudInsurance.ts';
import { fineCost, fraudRefundCost } from '../../src/lib/model/components/incidentCosts.ts';
import { membershipDiscountCost, membershipDiscountRetailValue } from '../../src/lib/model/components/membershipDiscount.ts';
import { ottVoucherCost, ottVoucherRetailValue } from '../../src/lib/model/components/ottVoucher.ts';
import { securityIncrementPerYear, securityInvestmentCost } from '../../src/lib/model/components/securityInvestment.ts';
import { usimReplacementCost, usimReplacementRetailValue } from '../../src/lib/model/components/usimReplacement.ts';
import { victimCreditCost } from '../../src/lib/model/components/victimCredit.ts';
import { quarterRevenueLoss } from '../../src/lib/model/quarterRevenueLoss.ts';
import { expectClose } from './support/realInputs.ts';

// Every expected value below was worked out by hand from the numbers in the test.

const skt = {
	mnoCustomers: 22_000_000,
	arpu: 29_202,
	mvnoCustomers: 2_000_000,
	discountMvnoCoverage: 100,
	mvnoArpu: 15_000,
	mvnoCarrierFundedShare: 50,
	discountRate: 50,
	discountMonths: 1,
};

describe('billDiscountCost', () => {
	it('billDiscountCost(24m customers, 29,202 won, 50%, 1 month) is 350.424 billion won', () => {
		const p = { ...skt, mnoCustomers: 24_000_000, mvnoCustomers: 0 };

		expectClose(billDiscountCost(p), 350_424_000_000);
	});

	it('billDiscountCost(inputs) counts only the carrier-funded share of MVNO discounts', () => {
		// (22,000,000 × 29,202 + 2,000,000 × 100% × 15,000 × 50%) × 50% × 1
		// = (642,444,000,000 + 15,000,000,000) × 0.5
		expectClose(billDiscountCost(skt), 328_722_000_000);
	});

	it('billDiscountRetailValue(inputs) counts the whole MVNO saving, whoever funded it', () => {
		// (642,444,000,000 + 30,000,000,000) × 0.5
		expectClose(billDiscountRetailValue(skt), 336_222_000_000);
	});

	it('billDiscountCost(inputs) is zero when the rate is zero', () => {
		expect(billDiscountCost({ ...skt, discountRate: 0 })).toBe(0);
	});
});

const data = {
	mnoCustomers: 10_000_000,
	unlimitedShare: 30,
	dataUserShare: 50,
	dataGbPerMonth: 50,
	dataExtraGbUsed: 3,
	dataMonths: 5,
	dataCostPerGb: 410,
	dataRetailPricePerGb: 11_000,
};

describe('dataAllowanceCost', () => {
	it('dataAllowanceCost(inputs) prices the GB actually used at network cost', () => {
		// users 10,000,000 × 70% × 50% = 3,500,000; 3 GB × 5 months = 15 GB each; × 410 won
		expectClose(dataAllowanceCost(data), 21_525_000_000);
	});

	it('dataAllowanceRetailValue(inputs) prices the same GB at the retail top-up price', () => {
		expectClose(dataAllowanceRetailValue(data), 577_500_000_000);
	});

	it('dataAllowanceFaceValue(inputs) prices the whole allowance for everyone not on unlimited', () => {
		// 10,000,000 × 70% × 50 GB × 5 × 11,000
		expectClose(dataAllowanceFaceValue(data), 19_250_000_000_000);
	});

	it('dataAllowanceCost(inputs) caps use at the allowance', () => {
		// 3,500,000 users × min(50, 80) × 5 × 410
		expectClose(dataAllowanceCost({ ...data, dataExtraGbUsed: 80 }), 358_750_000_000);
	});

	it('dataAllowanceCost(inputs) is zero when everyone is on an unlimited plan', () => {
		expect(dataAllowanceCost({ ...data, unlimitedShare: 100 })).toBe(0);
	});
});

describe('membershipDiscountCost', () => {
	const p = {
		mnoCustomers: 10_000_000,
		membershipUseShare: 20,
		membershipMonths: 6,
		membershipDiscountPerUse: 4_000,
		membershipCarrierShare: 50,
	};

	it('membershipDiscountCost(inputs) is redemptions × discount × carrier share', () => {
		// 10,000,000 × 20% × 6 = 12,000,000 uses × 4,000 × 50%
		expectClose(membershipDiscountCost(p), 24_000_000_000);
	});

	it('membershipDiscountRetailValue(inputs) is the whole discount customers received', () => {
		expectClose(membershipDiscountRetailValue(p), 48_000_000_000);
	});
});

describe('ottVoucherCost', () => {
	const p = { mnoCustomers: 13_000_000, ottTakeUpShare: 15, ottMonths: 6, ottCarrierPrice: 4_000, ottRetailPrice: 9_500 };

	it('ottVoucherCost(inputs) is takers × the carrier price × months', () => {
		// 13,000,000 × 15% = 1,950,000 × 4,000 × 6
		expectClose(ottVoucherCost(p), 46_800_000_000);
	});

	it('ottVoucherRetailValue(inputs) uses the retail price', () => {
		expectClose(ottVoucherRetailValue(p), 111_150_000_000);
	});
});

describe('fraudInsuranceCost', () => {
	const p = { mnoCustomers: 10_000_000, insuranceEnrolledShare: 30, insuranceMonths: 24, insurancePremium: 700, insuranceRetailPremium: 1_600 };

	it('fraudInsuranceCost(inputs) is enrolled × premium × months', () => {
		// 3,000,000 × 700 × 24
		expectClose(fraudInsuranceCost(p), 50_400_000_000);
	});

	it('fraudInsuranceRetailValue(inputs) uses the retail premium', () => {
		expectClose(fraudInsuranceRetailValue(p), 115_200_000_000);
	});
});

describe('victimCreditCost', () => {
	it('victimCreditCost(22,227 people, 50% take-up, 150,000 won) is 1.667 billion won', () => {
		expectClose(victimCreditCost({ affectedPeople: 22_227, victimCreditTakeUp: 50, victimCredit: 150_000 }), 1_667_025_000);
	});
});

describe('usimReplacementCost', () => {
	const p = {
		mnoCustomers: 22_000_000,
		mvnoCustomers: 2_000_000,
		usimSwapShare: 50,
		usimCardCost: 3_000,
		usimHandlingCost: 1_750,
		usimRetailPrice: 7_700,
	};

	it('usimReplacementCost(inputs) is swaps × (card + handling), MVNO users included', () => {
		// 24,000,000 × 50% = 12,000,000 swaps × 4,750
		expectClose(usimReplacementCost(p), 57_000_000_000);
	});

	it('usimReplacementRetailValue(inputs) is swaps × the retail swap fee', () => {
		expectClose(usimReplacementRetailValue(p), 92_400_000_000);
	});
});

describe('waivedPenalties', () => {
	it('waivedPenalties(inputs) is leavers × share owing × average penalty', () => {
		expectClose(waivedPenalties({ waiverLeavers: 1_000_000, penaltyOwingShare: 70, averagePenalty: 100_000 }), 70_000_000_000);
	});
});

describe('monthlyAnnuityFactor', () => {
	it('monthlyAnnuityFactor(months, 0) is the number of months, and zero for no months', () => {
		expect(monthlyAnnuityFactor(24, 0)).toBe(24);
		expect(monthlyAnnuityFactor(0, 5.2)).toBe(0);
	});

	it('monthlyAnnuityFactor(24, 5.2) discounts two years of monthly margin at 5.2% a year', () => {
		// q = 1.052^(1/12) − 1; (1 − 1.052^−2) ÷ q = 22.7752864697…
		expectClose(monthlyAnnuityFactor(24, 5.2), 22.775286469711848, 1e-12);
	});
});

describe('departures (customers lost)', () => {
	const p = {
		excessLeavers: 720_000,
		waiverAttribution: 11,
		arpu: 29_202,
		contributionMargin: 60,
		churnHorizonMonths: 24,
		presentValueRate: 0,
	};

	it('waiverDeparturesCost(inputs) at a zero rate is excess leavers × attribution × ARPU × margin × months', () => {
		// 720,000 × 11% = 79,200 × 29,202 = 2,312,798,400 × 60% = 1,387,679,040 a month × 24
		expectClose(waiverDeparturesPerMonth(p), 1_387_679_040);
		expectClose(waiverDeparturesCost(p), 33_304_296_960);
	});

	it('waiverDeparturesCost(inputs) at 5.2% a year discounts the same months: 1,387,679,040 × 22.7753', () => {
		expectClose(waiverDeparturesCost({ ...p, presentValueRate: 5.2 }), 31_604_787_664.014725, 1e-9);
	});

	it('breachDeparturesCost(inputs) counts the other 89% of the excess leavers, so the two split the whole', () => {
		expectClose(breachDeparturesCost({ ...p, presentValueRate: 5.2 }), 255_711_463_827.02823, 1e-9);
		expectClose(waiverDeparturesCost(p) + breachDeparturesCost(p), 720_000 * 29_202 * 0.6 * 24);
	});

	it('dealerCompensationCost(inputs) is expected sales × payment per sale', () => {
		expect(dealerCompensationCost({ haltExpectedSales: 250_000, dealerPayPerSale: 150_000 })).toBe(37_500_000_000);
	});
});

describe('securityInvestmentCost', () => {
	const flat = { securityPledge: 700_000_000_000, securityYears: 5, securityBaseline: 65_200_000_000, securityBaselineGrowth: 0, securityAttribution: 100, presentValueRate: 0 };

	it('securityInvestmentCost(700bn over 5 years, flat 65.2bn baseline, no discounting) counts 74.8bn a year for 5 years', () => {
		expectClose(securityIncrementPerYear(flat), 74_800_000_000);
		expectClose(securityInvestmentCost(flat), 374_000_000_000);
	});

	it('securityInvestmentCost with the baseline growing 10% a year, a 5% rate and half attributed', () => {
		// Increments 140bn − 65.2bn × 1.1^y: 68.28, 61.108, 53.2188, 44.54068, 34.994748 bn, each ÷ 1.05^y,
		// summing to 230.4907575988bn; half of it is the breach's.
		const p = { ...flat, securityBaselineGrowth: 10, presentValueRate: 5, securityAttribution: 50 };

		expectClose(securityIncrementPerYear(p), 68_280_000_000);
		expectClose(securityInvestmentCost(p), 115_245_378_799.39789, 1e-9);
	});

	it('securityInvestmentCost(inputs) is zero when the pledge does not exceed the baseline, or none of it is attributed', () => {
		expect(securityInvestmentCost({ ...flat, securityPledge: 500_000_000_000, securityBaseline: 125_000_000_000 })).toBe(0);
		expect(securityInvestmentCost({ ...flat, securityAttribution: 0 })).toBe(0);
	});
});

describe('incident costs', () => {
	it('fraudRefundCost(inputs) and fineCost(inputs) pass the reported amounts through', () => {
		expect(fraudRefundCost({ fraudRefunds: 243_190_000 })).toBe(243_190_000);
		expect(fineCost({ fine: 134_800_600_000 })).toBe(134_800_600_000);
	});

	it('quarterRevenueLoss(inputs) is excess leavers × ARPU × 3 months', () => {
		expectClose(quarterRevenueLoss({ excessLeavers: 720_000, arpu: 29_202 }), 63_076_320_000);
	});
});
