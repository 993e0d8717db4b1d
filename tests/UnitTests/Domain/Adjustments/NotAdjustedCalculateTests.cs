using YearEndAdjustment.Domain.Adjustments;

namespace YearEndAdjustment.UnitTests.Domain.Adjustments;

// tax-rules.md §15: who is not adjusted is reported, not computed.
public sealed class NotAdjustedCalculateTests
{
    [Fact]
    public void Calculate_SalaryExactlyTwentyMillion_IsStillAdjusted()
    {
        // 20,000,000 − 1,950,000 = 18,050,000; basic 620,000 → taxable 17,430,000;
        // 17,430,000 × 33% − 1,536,000 = 4,215,900; × 102.1% = 4,304,433.9 → 4,304,400.
        var result = AdjustmentCalculator.Calculate(AdjustmentScenarios.Single(2026, 20_000_000, 4_000_000, 0));

        Assert.True(result.IsAdjusted);
        Assert.Equal(17_430_000, result.TaxableIncome);
        Assert.Equal(4_215_900, result.ComputedTax);
        Assert.Equal(4_304_400, result.AnnualTax);
        Assert.Equal(304_400, result.Difference);
    }

    [Fact]
    public void Calculate_SalaryOverTwentyMillionIncludingPreviousEmployer_IsNotAdjusted()
    {
        var input = new AdjustmentInput
        {
            TaxYear = 2026,
            SalaryPaid = 15_000_000,
            PreviousEmployerSalary = 5_000_001,
            TaxWithheld = 3_000_000,
            PreviousEmployerTaxWithheld = 1_000_000,
        };

        var result = AdjustmentCalculator.Calculate(input, includeTrace: true);

        Assert.Equal(NotAdjustedReason.SalaryOverCeiling, result.NotAdjustedReason);
        Assert.False(result.IsAdjusted);
        Assert.Equal(20_000_001, result.SalaryTotal);
        Assert.Equal(4_000_000, result.WithheldTaxTotal);
        Assert.Equal(0, result.AnnualTax);
        Assert.Equal(0, result.Difference);
        Assert.Equal("not_adjusted", result.Trace[^1].Step.Code);
    }

    [Theory]
    [InlineData(WithholdingColumn.Secondary, NotAdjustedReason.SecondaryColumn)]
    [InlineData(WithholdingColumn.Daily, NotAdjustedReason.DailyColumn)]
    public void Calculate_NotPrimaryColumn_IsNotAdjusted(WithholdingColumn column, NotAdjustedReason reason)
    {
        var input = new AdjustmentInput { TaxYear = 2025, SalaryPaid = 3_000_000, TaxWithheld = 50_000, WithholdingColumn = column };

        Assert.Equal(reason, AdjustmentCalculator.Calculate(input).NotAdjustedReason);
    }

    [Fact]
    public void Calculate_NonResidentEmployee_IsNotAdjusted()
    {
        var input = new AdjustmentInput { TaxYear = 2025, SalaryPaid = 3_000_000, TaxWithheld = 50_000, IsNonResident = true };

        Assert.Equal(NotAdjustedReason.NonResident, AdjustmentCalculator.Calculate(input).NotAdjustedReason);
    }

    [Fact]
    public void Calculate_DisasterRelief_IsNotAdjusted()
    {
        var input = new AdjustmentInput { TaxYear = 2024, SalaryPaid = 3_000_000, TaxWithheld = 50_000, HasDisasterRelief = true };

        Assert.Equal(NotAdjustedReason.DisasterRelief, AdjustmentCalculator.Calculate(input).NotAdjustedReason);
    }

    [Theory]
    [InlineData(EmploymentStatus.EmployedAtYearEnd, 3_000_000, NotAdjustedReason.None)]
    [InlineData(EmploymentStatus.LeftOther, 3_000_000, NotAdjustedReason.LeftDuringYear)]
    [InlineData(EmploymentStatus.LeftOnDeath, 3_000_000, NotAdjustedReason.None)]
    [InlineData(EmploymentStatus.LeftWithSeriousDisability, 3_000_000, NotAdjustedReason.None)]
    [InlineData(EmploymentStatus.LeftAfterDecemberSalary, 3_000_000, NotAdjustedReason.None)]
    [InlineData(EmploymentStatus.DepartingAbroad, 3_000_000, NotAdjustedReason.None)]
    [InlineData(EmploymentStatus.LeftPartTimeNotReemployed, 1_030_000, NotAdjustedReason.None)]
    [InlineData(EmploymentStatus.LeftPartTimeNotReemployed, 1_030_001, NotAdjustedReason.LeftDuringYear)]
    public void Calculate_LeaverByReason_IsAdjustedOnlyInListedCases(EmploymentStatus status, long salary, NotAdjustedReason reason)
    {
        var input = new AdjustmentInput { TaxYear = 2026, SalaryPaid = salary, TaxWithheld = 0, EmploymentStatus = status };

        Assert.Equal(reason, AdjustmentCalculator.Calculate(input).NotAdjustedReason);
    }
}
