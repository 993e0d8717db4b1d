using YearEndAdjustment.Domain.Adjustments;

namespace YearEndAdjustment.UnitTests.Domain.Adjustments;

// tax-rules.md §5: (min(S, 10,000,000) − 8,500,000) × 10%, rounded up, when a qualifying person exists.
public sealed class IncomeAdjustmentDeductionCalculateTests
{
    private static AdjustmentInput WithChild(int year, long salary, int childAge = 10) => new()
    {
        TaxYear = year,
        SalaryPaid = salary,
        TaxWithheld = 0,
        Relatives = [new RelativeInput { BirthDate = AdjustmentScenarios.BornAged(year, childAge), TotalIncome = 0 }],
    };

    [Theory]
    [InlineData(8_500_000, 0)]
    [InlineData(8_500_001, 1)]
    [InlineData(8_500_010, 1)]
    [InlineData(8_500_011, 2)]
    [InlineData(8_765_432, 26_544)]
    [InlineData(8_970_000, 47_000)]
    [InlineData(9_999_999, 150_000)]
    [InlineData(10_000_000, 150_000)]
    [InlineData(10_000_001, 150_000)]
    [InlineData(15_000_000, 150_000)]
    public void Calculate_SalaryAroundThresholdWithChild_RoundsUpAndCaps(long salary, long expected)
    {
        var result = AdjustmentCalculator.Calculate(WithChild(2026, salary));

        Assert.Equal(expected, result.IncomeAdjustmentDeduction);
        Assert.Equal(result.EmploymentIncome - expected, result.SalaryIncome);
    }

    [Theory]
    [InlineData(22, 150_000)]
    [InlineData(23, 0)]
    public void Calculate_DependantAroundTwentyThree_QualifiesOnlyUnderTwentyThree(int age, long expected)
    {
        var result = AdjustmentCalculator.Calculate(WithChild(2025, 12_000_000, age));

        Assert.Equal(expected, result.IncomeAdjustmentDeduction);
    }

    [Fact]
    public void Calculate_NoQualifyingPerson_GivesNoDeduction()
    {
        var result = AdjustmentCalculator.Calculate(AdjustmentScenarios.Single(2026, 12_000_000, 0, 0));

        Assert.Equal(0, result.IncomeAdjustmentDeduction);
    }

    [Fact]
    public void Calculate_EmployeeSpeciallyDisabled_Qualifies()
    {
        var input = new AdjustmentInput { TaxYear = 2024, SalaryPaid = 9_000_000, TaxWithheld = 0, Disability = DisabilityLevel.Special };

        Assert.Equal(50_000, AdjustmentCalculator.Calculate(input).IncomeAdjustmentDeduction);
    }

    [Theory]
    [InlineData(0, 50_000)]
    [InlineData(620_001, 0)]
    public void Calculate_SpeciallyDisabledSpouse_QualifiesOnlyAsSameHouseholdSpouse(long spouseIncome, long expected)
    {
        var input = new AdjustmentInput
        {
            TaxYear = 2026,
            SalaryPaid = 9_000_000,
            TaxWithheld = 0,
            Spouse = new SpouseInput { BirthDate = AdjustmentScenarios.BornAged(2026, 50), TotalIncome = spouseIncome, Disability = DisabilityLevel.Special },
        };

        Assert.Equal(expected, AdjustmentCalculator.Calculate(input).IncomeAdjustmentDeduction);
    }

    [Fact]
    public void Calculate_SpeciallyDisabledAdultDependant_Qualifies()
    {
        var input = new AdjustmentInput
        {
            TaxYear = 2026,
            SalaryPaid = 9_000_000,
            TaxWithheld = 0,
            Relatives = [new RelativeInput { BirthDate = AdjustmentScenarios.BornAged(2026, 50), TotalIncome = 0, Disability = DisabilityLevel.Special }],
        };

        Assert.Equal(50_000, AdjustmentCalculator.Calculate(input).IncomeAdjustmentDeduction);
    }
}
