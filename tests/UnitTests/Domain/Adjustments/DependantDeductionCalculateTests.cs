using YearEndAdjustment.Domain.Adjustments;

namespace YearEndAdjustment.UnitTests.Domain.Adjustments;

// tax-rules.md §8.1: categories by age at December 31 and the income limit.
public sealed class DependantDeductionCalculateTests
{
    private static AdjustmentResult Calculate(int year, RelativeInput relative) =>
        AdjustmentCalculator.Calculate(new AdjustmentInput
        {
            TaxYear = year,
            SalaryPaid = 6_000_000,
            TaxWithheld = 0,
            Relatives = [relative],
        });

    [Theory]
    // 2026: under 16 if born after 2011-01-01; 特定 19–22 = born 2004-01-02 … 2008-01-01; 70+ = born on or before 1957-01-01.
    [InlineData(2026, 2011, 1, 2, 0)]
    [InlineData(2026, 2011, 1, 1, 380_000)]
    [InlineData(2026, 2008, 1, 2, 380_000)]
    [InlineData(2026, 2008, 1, 1, 630_000)]
    [InlineData(2026, 2004, 1, 2, 630_000)]
    [InlineData(2026, 2004, 1, 1, 380_000)]
    [InlineData(2026, 1957, 1, 2, 380_000)]
    [InlineData(2026, 1957, 1, 1, 480_000)]
    [InlineData(2025, 2010, 1, 2, 0)]
    [InlineData(2025, 2010, 1, 1, 380_000)]
    [InlineData(2025, 2007, 1, 1, 630_000)]
    [InlineData(2025, 2003, 1, 2, 630_000)]
    [InlineData(2025, 2003, 1, 1, 380_000)]
    [InlineData(2025, 1956, 1, 1, 480_000)]
    [InlineData(2024, 2009, 1, 2, 0)]
    [InlineData(2024, 2009, 1, 1, 380_000)]
    [InlineData(2024, 2006, 1, 1, 630_000)]
    [InlineData(2024, 2002, 1, 2, 630_000)]
    [InlineData(2024, 2002, 1, 1, 380_000)]
    [InlineData(2024, 1955, 1, 2, 380_000)]
    [InlineData(2024, 1955, 1, 1, 480_000)]
    public void Calculate_BirthDateAroundAgeBoundary_GivesCategoryAmount(int year, int y, int m, int d, long expected)
    {
        var result = Calculate(year, new RelativeInput { BirthDate = new DateOnly(y, m, d), TotalIncome = 0 });

        Assert.Equal(expected, result.DependantDeduction);
    }

    [Theory]
    [InlineData(true, true, 580_000)]
    [InlineData(true, false, 480_000)]
    [InlineData(false, true, 480_000)]
    public void Calculate_ElderlyRelative_GivesCohabitingParentOnlyForLinealAscendantLivingTogether(bool lineal, bool livesWith, long expected)
    {
        var result = Calculate(2026, new RelativeInput
        {
            BirthDate = AdjustmentScenarios.BornAged(2026, 80),
            TotalIncome = 0,
            IsLinealAscendant = lineal,
            LivesWithEmployee = livesWith,
        });

        Assert.Equal(expected, result.DependantDeduction);
    }

    [Theory]
    [InlineData(2024, 480_000, 380_000)]
    [InlineData(2024, 480_001, 0)]
    [InlineData(2025, 580_000, 380_000)]
    [InlineData(2025, 580_001, 0)]
    [InlineData(2026, 620_000, 380_000)]
    [InlineData(2026, 620_001, 0)]
    public void Calculate_IncomeAroundDependantLimit_GivesDeductionOnlyWithinLimit(int year, long income, long expected)
    {
        var result = Calculate(year, new RelativeInput { BirthDate = AdjustmentScenarios.BornAged(year, 40), TotalIncome = income });

        Assert.Equal(expected, result.DependantDeduction);
    }

    [Theory]
    [InlineData(35, false, 0)]
    [InlineData(35, true, 380_000)]
    [InlineData(25, false, 380_000)]
    [InlineData(70, false, 480_000)]
    public void Calculate_NonResidentRelative_ExcludesThirtyToSixtyNineUnlessQualifying(int age, bool qualifies, long expected)
    {
        var result = Calculate(2026, new RelativeInput
        {
            BirthDate = AdjustmentScenarios.BornAged(2026, age),
            TotalIncome = 0,
            IsNonResident = true,
            NonResidentQualifies = qualifies,
        });

        Assert.Equal(expected, result.DependantDeduction);
    }

    [Fact]
    public void Calculate_ReferenceDateAtDeath_JudgesAgeOnThatDay()
    {
        // Turns 16 on 2026-08-01: 15 on a death date of 2026-06-30, so no deduction; 16 at December 31.
        var child = new RelativeInput { BirthDate = new DateOnly(2010, 8, 1), TotalIncome = 0 };
        var atDeath = AdjustmentCalculator.Calculate(new AdjustmentInput
        {
            TaxYear = 2026,
            SalaryPaid = 3_000_000,
            TaxWithheld = 0,
            EmploymentStatus = EmploymentStatus.LeftOnDeath,
            ReferenceDate = new DateOnly(2026, 6, 30),
            Relatives = [child],
        });
        var atYearEnd = Calculate(2026, child);

        Assert.True(atDeath.IsAdjusted);
        Assert.Equal(0, atDeath.DependantDeduction);
        Assert.Equal(1, atDeath.YoungDependantCount);
        Assert.Equal(380_000, atYearEnd.DependantDeduction);
    }
}
