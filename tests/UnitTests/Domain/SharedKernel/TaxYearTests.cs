using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.UnitTests.Domain.SharedKernel;

public sealed class TaxYearTests
{
    [Theory]
    [InlineData(2024, "令和6年分")]
    [InlineData(2025, "令和7年分")]
    [InlineData(2019, "令和1年分")]
    [InlineData(2018, "平成30年分")]
    public void ToJapaneseEra_NamesTheEraYear(int year, string expected) => Assert.Equal(expected, new TaxYear(year).ToJapaneseEra());

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void Create_OutOfRange_Throws(int year) => Assert.Throws<DomainRuleViolationException>(() => new TaxYear(year));

    [Theory]
    [InlineData("2026-11-25T14:59:59Z", 2026, 11, 25)]
    [InlineData("2026-11-25T15:00:00Z", 2026, 11, 26)]
    public void JapanTime_DateOf_UsesUtcPlusNine(string utc, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), JapanTime.DateOf(DateTime.Parse(utc, null, System.Globalization.DateTimeStyles.AdjustToUniversal)));
}
