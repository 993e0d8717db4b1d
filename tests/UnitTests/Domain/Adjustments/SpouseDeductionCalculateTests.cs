using YearEndAdjustment.Domain.Adjustments;

namespace YearEndAdjustment.UnitTests.Domain.Adjustments;

// tax-rules.md §7: employee tiers × spouse income, at and one yen around every threshold.
public sealed class SpouseDeductionCalculateTests
{
    private static AdjustmentResult Calculate(int year, long employeeTotalIncome, long spouseIncome, int spouseAge = 45, DateOnly? spouseBirthDate = null)
    {
        var input = new AdjustmentInput
        {
            TaxYear = year,
            SalaryPaid = 0,
            TaxWithheld = 0,
            OtherIncome = employeeTotalIncome,
            Spouse = new SpouseInput
            {
                BirthDate = spouseBirthDate ?? AdjustmentScenarios.BornAged(year, spouseAge),
                TotalIncome = spouseIncome,
            },
        };
        return AdjustmentCalculator.Calculate(input);
    }

    [Theory]
    [InlineData(2026, 8_999_999, 380_000)]
    [InlineData(2026, 9_000_000, 380_000)]
    [InlineData(2026, 9_000_001, 260_000)]
    [InlineData(2026, 9_500_000, 260_000)]
    [InlineData(2026, 9_500_001, 130_000)]
    [InlineData(2026, 10_000_000, 130_000)]
    [InlineData(2026, 10_000_001, 0)]
    [InlineData(2024, 9_000_001, 260_000)]
    [InlineData(2024, 10_000_001, 0)]
    public void Calculate_EmployeeIncomeAroundTier_GivesSpouseDeductionOfTier(int year, long employeeIncome, long expected)
    {
        var result = Calculate(year, employeeIncome, 400_000);

        Assert.Equal(expected, result.SpouseDeduction);
        Assert.Equal(expected == 0 ? SpouseDeductionKind.None : SpouseDeductionKind.Spouse, result.SpouseDeductionKind);
    }

    [Theory]
    [InlineData(9_000_000, 480_000)]
    [InlineData(9_000_001, 320_000)]
    [InlineData(9_500_001, 160_000)]
    [InlineData(10_000_001, 0)]
    public void Calculate_ElderlySpouse_GivesElderlyAmountOfTier(long employeeIncome, long expected)
    {
        var result = Calculate(2026, employeeIncome, 0, spouseAge: 75);

        Assert.Equal(expected, result.SpouseDeduction);
    }

    [Theory]
    // 70 at 2026-12-31 means born on or before 1957-01-01 (age counted the day before the birthday).
    [InlineData(1957, 1, 1, 480_000)]
    [InlineData(1957, 1, 2, 380_000)]
    public void Calculate_SpouseBornAroundSeventiethBirthday_SwitchesToElderlyAmount(int y, int m, int d, long expected)
    {
        var result = Calculate(2026, 5_000_000, 0, spouseBirthDate: new DateOnly(y, m, d));

        Assert.Equal(expected, result.SpouseDeduction);
    }

    [Theory]
    [InlineData(2024, 480_000, SpouseDeductionKind.Spouse, 380_000)]
    [InlineData(2024, 480_001, SpouseDeductionKind.SpouseSpecial, 380_000)]
    [InlineData(2025, 580_000, SpouseDeductionKind.Spouse, 380_000)]
    [InlineData(2025, 580_001, SpouseDeductionKind.SpouseSpecial, 380_000)]
    [InlineData(2026, 620_000, SpouseDeductionKind.Spouse, 380_000)]
    [InlineData(2026, 620_001, SpouseDeductionKind.SpouseSpecial, 380_000)]
    [InlineData(2026, 950_000, SpouseDeductionKind.SpouseSpecial, 380_000)]
    [InlineData(2026, 950_001, SpouseDeductionKind.SpouseSpecial, 360_000)]
    [InlineData(2026, 1_000_000, SpouseDeductionKind.SpouseSpecial, 360_000)]
    [InlineData(2026, 1_000_001, SpouseDeductionKind.SpouseSpecial, 310_000)]
    [InlineData(2026, 1_050_000, SpouseDeductionKind.SpouseSpecial, 310_000)]
    [InlineData(2026, 1_050_001, SpouseDeductionKind.SpouseSpecial, 260_000)]
    [InlineData(2026, 1_100_001, SpouseDeductionKind.SpouseSpecial, 210_000)]
    [InlineData(2026, 1_150_001, SpouseDeductionKind.SpouseSpecial, 160_000)]
    [InlineData(2026, 1_200_001, SpouseDeductionKind.SpouseSpecial, 110_000)]
    [InlineData(2026, 1_250_001, SpouseDeductionKind.SpouseSpecial, 60_000)]
    [InlineData(2026, 1_300_000, SpouseDeductionKind.SpouseSpecial, 60_000)]
    [InlineData(2026, 1_300_001, SpouseDeductionKind.SpouseSpecial, 30_000)]
    [InlineData(2026, 1_330_000, SpouseDeductionKind.SpouseSpecial, 30_000)]
    [InlineData(2026, 1_330_001, SpouseDeductionKind.None, 0)]
    [InlineData(2025, 1_330_001, SpouseDeductionKind.None, 0)]
    public void Calculate_SpouseIncomeAroundRow_GivesRowAmount(int year, long spouseIncome, SpouseDeductionKind kind, long expected)
    {
        var result = Calculate(year, 5_000_000, spouseIncome);

        Assert.Equal(kind, result.SpouseDeductionKind);
        Assert.Equal(expected, result.SpouseDeduction);
    }

    [Theory]
    [InlineData(9_500_000, 1_000_001, 210_000)]
    [InlineData(9_500_000, 1_300_001, 20_000)]
    [InlineData(10_000_000, 950_000, 130_000)]
    [InlineData(10_000_000, 1_300_001, 10_000)]
    [InlineData(10_000_001, 700_000, 0)]
    public void Calculate_HigherEmployeeTier_UsesThatTiersSpecialColumn(long employeeIncome, long spouseIncome, long expected)
    {
        var result = Calculate(2026, employeeIncome, spouseIncome);

        Assert.Equal(expected, result.SpouseDeduction);
    }

    [Fact]
    public void Calculate_SpouseIsBusinessFamilyEmployee_GivesNoSpouseDeduction()
    {
        var input = new AdjustmentInput
        {
            TaxYear = 2026,
            SalaryPaid = 0,
            TaxWithheld = 0,
            OtherIncome = 5_000_000,
            Spouse = new SpouseInput { BirthDate = AdjustmentScenarios.BornAged(2026, 40), TotalIncome = 0, IsBusinessFamilyEmployee = true },
        };

        Assert.Equal(0, AdjustmentCalculator.Calculate(input).SpouseDeduction);
    }
}
