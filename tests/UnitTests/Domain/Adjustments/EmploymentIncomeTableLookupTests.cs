using YearEndAdjustment.Domain.Adjustments.Rules;

namespace YearEndAdjustment.UnitTests.Domain.Adjustments;

// tax-rules.md §4.2: the generated NTA tables must match the printed row counts and the test vectors.
public sealed class EmploymentIncomeTableLookupTests
{
    [Theory]
    [InlineData(2024, 1_247)]
    [InlineData(2025, 1_175)]
    [InlineData(2026, 1_103)]
    public void Generate_EachYear_HasThePrintedRowCount(int year, int rows)
    {
        Assert.Equal(rows, TaxYearRulesCatalog.For(year).EmploymentIncome.Rows.Length);
    }

    [Theory]
    [InlineData(2024, 1_619_000, 1_620_000, 1_069_000)]
    [InlineData(2025, 1_900_000, 1_904_000, 1_250_000)]
    [InlineData(2026, 2_191_000, 2_193_000, 1_451_000)]
    public void Generate_EachYear_FirstPrintedRowMatches(int year, long from, long to, long value)
    {
        var first = TaxYearRulesCatalog.For(year).EmploymentIncome.Rows[0];

        Assert.Equal(new EmploymentIncomeTableRow(from, to, value), first);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Generate_EachYear_LastRowEndsAtSixPointSixMillionWithOfficialValue(int year)
    {
        var last = TaxYearRulesCatalog.For(year).EmploymentIncome.Rows[^1];

        // Row [6,596,000, 6,600,000): 6,596,000 × 80% − 440,000.
        Assert.Equal(new EmploymentIncomeTableRow(6_596_000, 6_600_000, 4_836_800), last);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void Generate_EachYear_RowsAreContiguous(int year)
    {
        var rows = TaxYearRulesCatalog.For(year).EmploymentIncome.Rows;

        for (var i = 1; i < rows.Length; i++)
        {
            Assert.Equal(rows[i - 1].To, rows[i].From);
        }
    }

    [Theory]
    [InlineData(650_999, 100_999, 0, 0)]
    [InlineData(741_000, 191_000, 91_000, 1_000)]
    [InlineData(1_618_999, 1_068_999, 968_999, 878_999)]
    [InlineData(1_627_999, 1_074_000, 977_999, 887_999)]
    [InlineData(1_628_000, 1_076_800, 978_000, 888_000)]
    [InlineData(1_899_999, 1_247_200, 1_249_999, 1_159_999)]
    [InlineData(1_900_000, 1_250_000, 1_250_000, 1_160_000)]
    [InlineData(2_190_999, 1_451_600, 1_451_600, 1_450_999)]
    [InlineData(2_191_000, 1_451_600, 1_451_600, 1_451_000)]
    [InlineData(2_195_999, 1_454_400, 1_454_400, 1_453_000)]
    [InlineData(2_199_999, 1_457_200, 1_457_200, 1_456_000)]
    [InlineData(2_200_000, 1_460_000, 1_460_000, 1_460_000)]
    [InlineData(3_000_000, 2_020_000, 2_020_000, 2_020_000)]
    [InlineData(6_599_999, 4_836_800, 4_836_800, 4_836_800)]
    [InlineData(6_600_000, 4_840_000, 4_840_000, 4_840_000)]
    [InlineData(7_654_321, 5_788_888, 5_788_888, 5_788_888)]
    [InlineData(8_500_000, 6_550_000, 6_550_000, 6_550_000)]
    [InlineData(20_000_000, 18_050_000, 18_050_000, 18_050_000)]
    public void Lookup_DocumentedVector_MatchesEachYear(long salary, long in2024, long in2025, long in2026)
    {
        Assert.Equal(in2024, TaxYearRulesCatalog.For(2024).EmploymentIncome.Lookup(salary));
        Assert.Equal(in2025, TaxYearRulesCatalog.For(2025).EmploymentIncome.Lookup(salary));
        Assert.Equal(in2026, TaxYearRulesCatalog.For(2026).EmploymentIncome.Lookup(salary));
    }

    [Theory]
    // Zero zone ends one yen below zeroBelow; the exact zone starts at zeroBelow − minimum = 1,000.
    [InlineData(2024, 550_999, 0)]
    [InlineData(2024, 551_000, 1_000)]
    [InlineData(2025, 650_999, 0)]
    [InlineData(2025, 651_000, 1_000)]
    [InlineData(2026, 740_999, 0)]
    [InlineData(2026, 741_000, 1_000)]
    // 2024 transition rows: each row's value is its lower bound − 550,000.
    [InlineData(2024, 1_619_999, 1_069_000)]
    [InlineData(2024, 1_620_000, 1_070_000)]
    [InlineData(2024, 1_621_999, 1_070_000)]
    [InlineData(2024, 1_622_000, 1_072_000)]
    [InlineData(2024, 1_624_000, 1_074_000)]
    // 2024 4,000-yen rows switch formula at 1,800,000: 1,796,000 × 60% + 100,000 and 1,800,000 × 70% − 80,000.
    [InlineData(2024, 1_799_999, 1_177_600)]
    [InlineData(2024, 1_800_000, 1_180_000)]
    // 3,600,000: 3,596,000 × 70% − 80,000 and 3,600,000 × 80% − 440,000.
    [InlineData(2025, 3_599_999, 2_437_200)]
    [InlineData(2025, 3_600_000, 2_440_000)]
    // Above the table: 90% floored to the yen until 8,500,000, then salary − 1,950,000.
    [InlineData(2026, 6_600_001, 4_840_000)]
    [InlineData(2026, 6_600_010, 4_840_009)]
    [InlineData(2026, 8_499_999, 6_549_999)]
    [InlineData(2026, 8_500_001, 6_550_001)]
    public void Lookup_AroundZoneBoundaries_FollowsTheTableRules(int year, long salary, long expected)
    {
        Assert.Equal(expected, TaxYearRulesCatalog.For(year).EmploymentIncome.Lookup(salary));
    }
}
