using YearEndAdjustment.Domain.Adjustments.Rules;

namespace YearEndAdjustment.UnitTests.Domain.Adjustments;

// tax-rules.md §13.1 (same 速算表 in every year).
public sealed class TaxRateTableComputeTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1_000, 50)]
    [InlineData(1_950_000, 97_500)]
    [InlineData(1_951_000, 97_600)]
    [InlineData(2_696_000, 172_100)]
    [InlineData(3_300_000, 232_500)]
    [InlineData(3_301_000, 232_700)]
    [InlineData(6_950_000, 962_500)]
    [InlineData(6_951_000, 962_730)]
    [InlineData(9_000_000, 1_434_000)]
    [InlineData(9_001_000, 1_434_330)]
    [InlineData(18_000_000, 4_404_000)]
    [InlineData(18_001_000, 4_404_400)]
    [InlineData(18_050_000, 4_424_000)]
    public void Compute_AtAndAroundEachBracket_MatchesTheQuickTable(long taxable, long expected)
    {
        foreach (var year in TaxYearRulesCatalog.SupportedYears)
        {
            Assert.Equal(expected, TaxYearRulesCatalog.For(year).TaxRates.Compute(taxable));
        }
    }
}
