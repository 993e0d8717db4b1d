using YearEndAdjustment.Domain.Adjustments;

namespace YearEndAdjustment.UnitTests.Domain.Adjustments;

// tax-rules.md §6, at and one yen either side of every tier boundary of 合計所得金額.
public sealed class BasicDeductionCalculateTests
{
    [Theory]
    [InlineData(2024, 0, 480_000)]
    [InlineData(2024, 23_999_999, 480_000)]
    [InlineData(2024, 24_000_000, 480_000)]
    [InlineData(2024, 24_000_001, 320_000)]
    [InlineData(2024, 24_500_000, 320_000)]
    [InlineData(2024, 24_500_001, 160_000)]
    [InlineData(2024, 25_000_000, 160_000)]
    [InlineData(2024, 25_000_001, 0)]
    [InlineData(2025, 0, 950_000)]
    [InlineData(2025, 1_319_999, 950_000)]
    [InlineData(2025, 1_320_000, 950_000)]
    [InlineData(2025, 1_320_001, 880_000)]
    [InlineData(2025, 3_359_999, 880_000)]
    [InlineData(2025, 3_360_000, 880_000)]
    [InlineData(2025, 3_360_001, 680_000)]
    [InlineData(2025, 4_889_999, 680_000)]
    [InlineData(2025, 4_890_000, 680_000)]
    [InlineData(2025, 4_890_001, 630_000)]
    [InlineData(2025, 6_549_999, 630_000)]
    [InlineData(2025, 6_550_000, 630_000)]
    [InlineData(2025, 6_550_001, 580_000)]
    [InlineData(2025, 23_500_000, 580_000)]
    [InlineData(2025, 23_500_001, 480_000)]
    [InlineData(2025, 24_000_000, 480_000)]
    [InlineData(2025, 24_000_001, 320_000)]
    [InlineData(2025, 24_500_001, 160_000)]
    [InlineData(2025, 25_000_000, 160_000)]
    [InlineData(2025, 25_000_001, 0)]
    [InlineData(2026, 0, 1_040_000)]
    [InlineData(2026, 1_320_001, 1_040_000)]
    [InlineData(2026, 3_360_001, 1_040_000)]
    [InlineData(2026, 4_889_999, 1_040_000)]
    [InlineData(2026, 4_890_000, 1_040_000)]
    [InlineData(2026, 4_890_001, 670_000)]
    [InlineData(2026, 6_549_999, 670_000)]
    [InlineData(2026, 6_550_000, 670_000)]
    [InlineData(2026, 6_550_001, 620_000)]
    [InlineData(2026, 23_499_999, 620_000)]
    [InlineData(2026, 23_500_000, 620_000)]
    [InlineData(2026, 23_500_001, 480_000)]
    [InlineData(2026, 24_000_000, 480_000)]
    [InlineData(2026, 24_000_001, 320_000)]
    [InlineData(2026, 24_500_000, 320_000)]
    [InlineData(2026, 24_500_001, 160_000)]
    [InlineData(2026, 25_000_000, 160_000)]
    [InlineData(2026, 25_000_001, 0)]
    public void Calculate_TotalIncomeAroundTier_GivesTierAmount(int year, long totalIncome, long expected)
    {
        var result = AdjustmentCalculator.Calculate(AdjustmentScenarios.WithTotalIncome(year, totalIncome));

        Assert.Equal(totalIncome, result.TotalIncome);
        Assert.Equal(expected, result.BasicDeduction);
    }
}
