using YearEndAdjustment.Domain.Adjustments;

namespace YearEndAdjustment.UnitTests.Domain.Adjustments;

// tax-rules.md §9: disability, widow, single parent, working student.
public sealed class PersonalDeductionCalculateTests
{
    [Theory]
    [InlineData(DisabilityLevel.General, 270_000)]
    [InlineData(DisabilityLevel.Special, 400_000)]
    public void Calculate_DisabledEmployee_GivesDisabilityDeduction(DisabilityLevel level, long expected)
    {
        var input = new AdjustmentInput { TaxYear = 2026, SalaryPaid = 4_000_000, TaxWithheld = 0, Disability = level };

        Assert.Equal(expected, AdjustmentCalculator.Calculate(input).DisabilityDeduction);
    }

    [Theory]
    [InlineData(DisabilityLevel.General, false, 270_000)]
    [InlineData(DisabilityLevel.Special, false, 400_000)]
    [InlineData(DisabilityLevel.Special, true, 750_000)]
    public void Calculate_DisabledChildUnderSixteen_GivesDisabilityButNoDependantDeduction(DisabilityLevel level, bool livesWith, long expected)
    {
        var input = new AdjustmentInput
        {
            TaxYear = 2026,
            SalaryPaid = 4_000_000,
            TaxWithheld = 0,
            Relatives = [new RelativeInput { BirthDate = AdjustmentScenarios.BornAged(2026, 10), TotalIncome = 0, Disability = level, LivesWithEmployee = livesWith }],
        };

        var result = AdjustmentCalculator.Calculate(input);

        Assert.Equal(expected, result.DisabilityDeduction);
        Assert.Equal(0, result.DependantDeduction);
    }

    [Theory]
    [InlineData(620_000, 270_000)]
    [InlineData(620_001, 0)]
    public void Calculate_DisabledSpouse_CountsOnlyAsSameHouseholdSpouse(long spouseIncome, long expected)
    {
        var input = new AdjustmentInput
        {
            TaxYear = 2026,
            SalaryPaid = 4_000_000,
            TaxWithheld = 0,
            Spouse = new SpouseInput { BirthDate = AdjustmentScenarios.BornAged(2026, 40), TotalIncome = spouseIncome, Disability = DisabilityLevel.General },
        };

        Assert.Equal(expected, AdjustmentCalculator.Calculate(input).DisabilityDeduction);
    }

    [Theory]
    [InlineData(5_000_000, 270_000)]
    [InlineData(5_000_001, 0)]
    public void Calculate_WidowedAroundIncomeLimit_GivesWidowDeductionWithinLimit(long totalIncome, long expected)
    {
        var widowed = new AdjustmentInput { TaxYear = 2026, SalaryPaid = 0, TaxWithheld = 0, OtherIncome = totalIncome, Widow = WidowStatus.Widowed };

        Assert.Equal(expected, AdjustmentCalculator.Calculate(widowed).WidowDeduction);
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 270_000)]
    public void Calculate_DivorcedWidow_NeedsADependant(bool hasDependant, long expected)
    {
        var input = new AdjustmentInput
        {
            TaxYear = 2025,
            SalaryPaid = 4_000_000,
            TaxWithheld = 0,
            Widow = WidowStatus.Divorced,
            Relatives = hasDependant ? [new RelativeInput { BirthDate = AdjustmentScenarios.BornAged(2025, 75), TotalIncome = 0 }] : [],
        };

        Assert.Equal(expected, AdjustmentCalculator.Calculate(input).WidowDeduction);
    }

    [Theory]
    [InlineData(2024, 480_000, 350_000)]
    [InlineData(2024, 480_001, 0)]
    [InlineData(2025, 580_000, 350_000)]
    [InlineData(2025, 580_001, 0)]
    [InlineData(2026, 620_000, 350_000)]
    [InlineData(2026, 620_001, 0)]
    public void Calculate_SingleParentAroundChildIncomeLimit_GivesSingleParentDeduction(int year, long childIncome, long expected)
    {
        var input = new AdjustmentInput
        {
            TaxYear = year,
            SalaryPaid = 4_000_000,
            TaxWithheld = 0,
            IsSingleParent = true,
            Widow = WidowStatus.Widowed,
            Relatives = [new RelativeInput { BirthDate = AdjustmentScenarios.BornAged(year, 17), TotalIncome = childIncome, IsChild = true }],
        };

        var result = AdjustmentCalculator.Calculate(input);

        Assert.Equal(expected, result.SingleParentDeduction);
        // ひとり親 takes precedence; without it the widowed employee still gets 寡婦控除.
        Assert.Equal(expected == 0 ? 270_000 : 0, result.WidowDeduction);
    }

    [Fact]
    public void Calculate_SingleParentAboveIncomeLimit_GivesNoSingleParentDeduction()
    {
        var input = new AdjustmentInput
        {
            TaxYear = 2026,
            SalaryPaid = 0,
            TaxWithheld = 0,
            OtherIncome = 5_000_001,
            IsSingleParent = true,
            Relatives = [new RelativeInput { BirthDate = AdjustmentScenarios.BornAged(2026, 5), TotalIncome = 0, IsChild = true }],
        };

        Assert.Equal(0, AdjustmentCalculator.Calculate(input).SingleParentDeduction);
    }

    [Theory]
    // Salary in the exact zone: 合計所得 = salary − minimum (550,000 / 650,000 / 740,000).
    [InlineData(2024, 1_300_000, 270_000)]
    [InlineData(2024, 1_300_001, 0)]
    [InlineData(2025, 1_500_000, 270_000)]
    [InlineData(2025, 1_500_001, 0)]
    [InlineData(2026, 1_630_000, 270_000)]
    [InlineData(2026, 1_630_001, 0)]
    public void Calculate_WorkingStudentAroundIncomeLimit_GivesDeductionWithinLimit(int year, long salary, long expected)
    {
        var input = new AdjustmentInput { TaxYear = year, SalaryPaid = salary, TaxWithheld = 0, IsWorkingStudent = true };

        Assert.Equal(expected, AdjustmentCalculator.Calculate(input).WorkingStudentDeduction);
    }

    [Theory]
    [InlineData(100_000, 270_000)]
    [InlineData(100_001, 0)]
    public void Calculate_WorkingStudentWithOtherIncome_AllowsAtMostOneHundredThousand(long otherIncome, long expected)
    {
        var input = new AdjustmentInput { TaxYear = 2026, SalaryPaid = 1_000_000, TaxWithheld = 0, OtherIncome = otherIncome, IsWorkingStudent = true };

        Assert.Equal(expected, AdjustmentCalculator.Calculate(input).WorkingStudentDeduction);
    }
}
