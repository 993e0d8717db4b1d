using YearEndAdjustment.Domain.Adjustments;

namespace YearEndAdjustment.UnitTests.Domain.Adjustments;

// tax-rules.md §16: every worked example, intermediate amounts included.
public sealed class WorkedExampleCalculateTests
{
    [Fact]
    public void Calculate_Example1NtaBooklet2026_ReproducesEveryStep()
    {
        var result = AdjustmentCalculator.Calculate(AdjustmentScenarios.NtaExample(2026));

        Assert.True(result.IsAdjusted);
        Assert.Equal(8_970_000, result.SalaryTotal);
        Assert.Equal(7_020_000, result.EmploymentIncome);
        Assert.Equal(47_000, result.IncomeAdjustmentDeduction);
        Assert.Equal(6_973_000, result.SalaryIncome);
        Assert.Equal(6_973_000, result.TotalIncome);
        Assert.Equal(1_386_102, result.SocialInsuranceDeduction);
        Assert.Equal(60_000, result.LifeInsuranceGeneral);
        Assert.Equal(40_000, result.LifeInsuranceCareMedical);
        Assert.Equal(47_500, result.LifeInsurancePension);
        Assert.Equal(120_000, result.LifeInsuranceDeduction);
        Assert.Equal(50_000, result.EarthquakeInsuranceDeduction);
        Assert.Equal(SpouseDeductionKind.Spouse, result.SpouseDeductionKind);
        Assert.Equal(380_000, result.SpouseDeduction);
        Assert.Equal(1, result.SpecificRelativeCount);
        Assert.Equal(410_000, result.SpecificRelativeDeduction);
        Assert.Equal(1_860_000, result.DependantDeduction + result.DisabilityDeduction);
        Assert.Equal(380_000 + 630_000 + 580_000, result.DependantDeduction);
        Assert.Equal(270_000, result.DisabilityDeduction);
        Assert.Equal(620_000, result.BasicDeduction);
        Assert.Equal(4_826_102, result.TotalDeductions);
        Assert.Equal(2_146_000, result.TaxableIncome);
        Assert.Equal(117_100, result.ComputedTax);
        Assert.Equal(76_500, result.HousingLoanCredit);
        Assert.Equal(40_600, result.TaxAfterHousingLoanCredit);
        Assert.Equal(41_400, result.AnnualTax);
        Assert.Equal(-115_270, result.Difference);
    }

    [Fact]
    public void Calculate_Example2Single2026_RefundsTwentyEightThousandTwoHundred()
    {
        var result = AdjustmentCalculator.Calculate(AdjustmentScenarios.Single(2026, 5_000_000, 120_000, 720_000));

        Assert.Equal(3_560_000, result.EmploymentIncome);
        Assert.Equal(1_040_000, result.BasicDeduction);
        Assert.Equal(1_760_000, result.TotalDeductions);
        Assert.Equal(1_800_000, result.TaxableIncome);
        Assert.Equal(90_000, result.ComputedTax);
        Assert.Equal(91_800, result.AnnualTax);
        Assert.Equal(-28_200, result.Difference);
    }

    [Fact]
    public void Calculate_Example3PartTimer2026_RefundsNineteenThousand()
    {
        var result = AdjustmentCalculator.Calculate(AdjustmentScenarios.Single(2026, 1_800_000, 20_000, 0));

        Assert.Equal(1_060_000, result.EmploymentIncome);
        Assert.Equal(1_040_000, result.BasicDeduction);
        Assert.Equal(20_000, result.TaxableIncome);
        Assert.Equal(1_000, result.ComputedTax);
        Assert.Equal(1_000, result.AnnualTax);
        Assert.Equal(-19_000, result.Difference);
    }

    [Fact]
    public void Calculate_Example3PartTimerAtTheWall2026_OwesNoTax()
    {
        // "With salary ≤ 1,780,000 the tax would be 0": 1,780,000 − 740,000 − 1,040,000 = 0.
        var result = AdjustmentCalculator.Calculate(AdjustmentScenarios.Single(2026, 1_780_000, 20_000, 0));

        Assert.Equal(1_040_000, result.EmploymentIncome);
        Assert.Equal(0, result.TaxableIncome);
        Assert.Equal(0, result.AnnualTax);
        Assert.Equal(-20_000, result.Difference);
    }

    [Fact]
    public void Calculate_Example6NtaInputsUnder2025Rules_RefundsOneHundredElevenThousandOneHundredSeventy()
    {
        var result = AdjustmentCalculator.Calculate(AdjustmentScenarios.NtaExample(2025));

        Assert.Equal(7_020_000, result.EmploymentIncome);
        Assert.Equal(47_000, result.IncomeAdjustmentDeduction);
        Assert.Equal(6_973_000, result.SalaryIncome);
        Assert.Equal(40_000, result.LifeInsuranceGeneral);
        Assert.Equal(120_000, result.LifeInsuranceDeduction);
        Assert.Equal(50_000, result.EarthquakeInsuranceDeduction);
        Assert.Equal(SpouseDeductionKind.Spouse, result.SpouseDeductionKind);
        Assert.Equal(380_000, result.SpouseDeduction);
        Assert.Equal(410_000, result.SpecificRelativeDeduction);
        Assert.Equal(1_860_000, result.DependantDeduction + result.DisabilityDeduction);
        Assert.Equal(580_000, result.BasicDeduction);
        Assert.Equal(4_786_102, result.TotalDeductions);
        Assert.Equal(2_186_000, result.TaxableIncome);
        Assert.Equal(121_100, result.ComputedTax);
        Assert.Equal(44_600, result.TaxAfterHousingLoanCredit);
        Assert.Equal(45_500, result.AnnualTax);
        Assert.Equal(-111_170, result.Difference);
    }

    [Fact]
    public void Calculate_Example8Single2025_CollectsNineHundred()
    {
        var result = AdjustmentCalculator.Calculate(AdjustmentScenarios.Single(2025, 5_000_000, 120_000, 720_000));

        Assert.Equal(3_560_000, result.EmploymentIncome);
        Assert.Equal(680_000, result.BasicDeduction);
        Assert.Equal(2_160_000, result.TaxableIncome);
        Assert.Equal(118_500, result.ComputedTax);
        Assert.Equal(120_900, result.AnnualTax);
        Assert.Equal(900, result.Difference);
    }

    [Fact]
    public void Calculate_Example9NtaInputsUnder2024Rules_FlatCutAbsorbsAllTax()
    {
        var result = AdjustmentCalculator.Calculate(AdjustmentScenarios.NtaExample(2024));

        Assert.Equal(7_020_000, result.EmploymentIncome);
        Assert.Equal(47_000, result.IncomeAdjustmentDeduction);
        Assert.Equal(6_973_000, result.SalaryIncome);
        Assert.Equal(40_000, result.LifeInsuranceGeneral);
        Assert.Equal(120_000, result.LifeInsuranceDeduction);
        Assert.Equal(SpouseDeductionKind.SpouseSpecial, result.SpouseDeductionKind);
        Assert.Equal(380_000, result.SpouseDeduction);
        Assert.Equal(0, result.SpecificRelativeDeduction);
        Assert.Equal(0, result.SpecificRelativeCount);
        Assert.Equal(1_860_000, result.DependantDeduction + result.DisabilityDeduction);
        Assert.Equal(480_000, result.BasicDeduction);
        Assert.Equal(4_276_102, result.TotalDeductions);
        Assert.Equal(2_696_000, result.TaxableIncome);
        Assert.Equal(172_100, result.ComputedTax);
        Assert.Equal(95_600, result.TaxAfterHousingLoanCredit);
        Assert.Equal(4, result.FlatTaxCutPersons);
        Assert.Equal(120_000, result.FlatTaxCut);
        Assert.Equal(95_600, result.FlatTaxCutApplied);
        Assert.Equal(24_400, result.FlatTaxCutUnabsorbed);
        Assert.Equal(0, result.TaxAfterFlatTaxCut);
        Assert.Equal(0, result.AnnualTax);
        Assert.Equal(-156_670, result.Difference);
    }

    [Fact]
    public void Calculate_Example11Single2024_CollectsTwoThousand()
    {
        var result = AdjustmentCalculator.Calculate(AdjustmentScenarios.Single(2024, 6_000_000, 172_000, 900_000));

        Assert.Equal(4_360_000, result.EmploymentIncome);
        Assert.Equal(480_000, result.BasicDeduction);
        Assert.Equal(1_380_000, result.TotalDeductions);
        Assert.Equal(2_980_000, result.TaxableIncome);
        Assert.Equal(200_500, result.ComputedTax);
        Assert.Equal(1, result.FlatTaxCutPersons);
        Assert.Equal(30_000, result.FlatTaxCut);
        Assert.Equal(30_000, result.FlatTaxCutApplied);
        Assert.Equal(0, result.FlatTaxCutUnabsorbed);
        Assert.Equal(170_500, result.TaxAfterFlatTaxCut);
        Assert.Equal(174_000, result.AnnualTax);
        Assert.Equal(2_000, result.Difference);
    }

    [Theory]
    [InlineData(2024, 7_654_321, 5_788_888)]
    [InlineData(2025, 7_654_321, 5_788_888)]
    [InlineData(2026, 7_654_321, 5_788_888)]
    public void Calculate_OfficialVectorAboveTable_FloorsNinetyPercent(int year, long salary, long expected)
    {
        var result = AdjustmentCalculator.Calculate(AdjustmentScenarios.Single(year, salary, 0, 0));

        Assert.Equal(expected, result.EmploymentIncome);
    }

    [Fact]
    public void Calculate_OfficialVectorIncomeAdjustment_RoundsUpToTwentySixThousandFiveHundredFortyFour()
    {
        var input = new AdjustmentInput
        {
            TaxYear = 2025,
            SalaryPaid = 8_765_432,
            TaxWithheld = 0,
            Relatives = [new RelativeInput { BirthDate = AdjustmentScenarios.BornAged(2025, 10), TotalIncome = 0 }],
        };

        var result = AdjustmentCalculator.Calculate(input);

        Assert.Equal(26_544, result.IncomeAdjustmentDeduction);
    }

    [Fact]
    public void Calculate_OfficialVectorRateTable_TaxesTwoMillionSixHundredNinetySixThousandAtOneHundredSeventyTwoThousandOneHundred()
    {
        var result = AdjustmentCalculator.Calculate(AdjustmentScenarios.NtaExample(2024));

        Assert.Equal(2_696_000, result.TaxableIncome);
        Assert.Equal(172_100, result.ComputedTax);
    }
}
