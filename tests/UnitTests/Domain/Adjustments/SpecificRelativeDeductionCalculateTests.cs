using YearEndAdjustment.Domain.Adjustments;

namespace YearEndAdjustment.UnitTests.Domain.Adjustments;

// tax-rules.md §8.2: 特定親族特別控除 (2025 onward) and its border with the 特定扶養親族.
public sealed class SpecificRelativeDeductionCalculateTests
{
    private static AdjustmentResult Calculate(int year, long relativeIncome, int age = 20)
    {
        var input = new AdjustmentInput
        {
            TaxYear = year,
            SalaryPaid = 6_000_000,
            TaxWithheld = 0,
            Relatives = [new RelativeInput { BirthDate = AdjustmentScenarios.BornAged(year, age), TotalIncome = relativeIncome, IsChild = true }],
        };
        return AdjustmentCalculator.Calculate(input);
    }

    [Theory]
    [InlineData(2026, 620_000, 630_000, 0)]
    [InlineData(2026, 620_001, 0, 630_000)]
    [InlineData(2026, 850_000, 0, 630_000)]
    [InlineData(2026, 850_001, 0, 610_000)]
    [InlineData(2026, 900_000, 0, 610_000)]
    [InlineData(2026, 900_001, 0, 510_000)]
    [InlineData(2026, 950_001, 0, 410_000)]
    [InlineData(2026, 1_000_000, 0, 410_000)]
    [InlineData(2026, 1_000_001, 0, 310_000)]
    [InlineData(2026, 1_050_001, 0, 210_000)]
    [InlineData(2026, 1_100_001, 0, 110_000)]
    [InlineData(2026, 1_150_001, 0, 60_000)]
    [InlineData(2026, 1_200_000, 0, 60_000)]
    [InlineData(2026, 1_200_001, 0, 30_000)]
    [InlineData(2026, 1_230_000, 0, 30_000)]
    [InlineData(2026, 1_230_001, 0, 0)]
    [InlineData(2025, 580_000, 630_000, 0)]
    [InlineData(2025, 580_001, 0, 630_000)]
    [InlineData(2025, 620_000, 0, 630_000)]
    [InlineData(2025, 1_230_000, 0, 30_000)]
    [InlineData(2025, 1_230_001, 0, 0)]
    [InlineData(2024, 480_000, 630_000, 0)]
    [InlineData(2024, 480_001, 0, 0)]
    [InlineData(2024, 1_000_000, 0, 0)]
    public void Calculate_RelativeAgedTwentyAroundIncomeRow_GivesDependantOrSpecificRelativeAmount(
        int year, long relativeIncome, long dependantDeduction, long specificRelativeDeduction)
    {
        var result = Calculate(year, relativeIncome);

        Assert.Equal(dependantDeduction, result.DependantDeduction);
        Assert.Equal(specificRelativeDeduction, result.SpecificRelativeDeduction);
        Assert.Equal(specificRelativeDeduction > 0 ? 1 : 0, result.SpecificRelativeCount);
    }

    [Theory]
    [InlineData(18)]
    [InlineData(23)]
    public void Calculate_RelativeOutsideNineteenToTwentyTwo_GivesNoSpecificRelativeDeduction(int age)
    {
        var result = Calculate(2026, 700_000, age);

        Assert.Equal(0, result.SpecificRelativeDeduction);
        Assert.Equal(0, result.DependantDeduction);
    }

    [Fact]
    public void Calculate_SpecificRelativeOnly_DoesNotTriggerIncomeAdjustmentOrLifeInsuranceSpecial()
    {
        var input = new AdjustmentInput
        {
            TaxYear = 2026,
            SalaryPaid = 9_000_000,
            TaxWithheld = 0,
            LifeInsurance = new LifeInsurancePremiums(NewGeneral: 120_000, OldGeneral: 0, CareMedical: 0, NewPension: 0, OldPension: 0),
            Relatives = [new RelativeInput { BirthDate = AdjustmentScenarios.BornAged(2026, 20), TotalIncome = 1_000_000 }],
        };

        var result = AdjustmentCalculator.Calculate(input);

        Assert.Equal(410_000, result.SpecificRelativeDeduction);
        Assert.Equal(0, result.IncomeAdjustmentDeduction);
        Assert.Equal(40_000, result.LifeInsuranceGeneral);
    }
}
