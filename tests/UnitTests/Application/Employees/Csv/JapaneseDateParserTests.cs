using YearEndAdjustment.Application.Employees.Csv;

namespace YearEndAdjustment.UnitTests.Application.Employees.Csv;

public sealed class JapaneseDateParserTests
{
    [Theory]
    [InlineData("2025/01/31", 2025, 1, 31)]
    [InlineData("2025/1/3", 2025, 1, 3)]
    [InlineData("2025-01-31", 2025, 1, 31)]
    [InlineData("2025.1.31", 2025, 1, 31)]
    [InlineData("20250131", 2025, 1, 31)]
    [InlineData("2025年1月31日", 2025, 1, 31)]
    [InlineData("２０２５／０１／３１", 2025, 1, 31)]
    [InlineData("2025/01/31 0:00", 2025, 1, 31)]
    [InlineData("2024/02/29", 2024, 2, 29)]
    public void TryParse_Gregorian_Parses(string text, int y, int m, int d) => AssertParses(text, y, m, d);

    [Theory]
    [InlineData("R7.1.31", 2025, 1, 31)]
    [InlineData("r7/1/31", 2025, 1, 31)]
    [InlineData("R1.5.1", 2019, 5, 1)]
    [InlineData("令和7年1月31日", 2025, 1, 31)]
    [InlineData("令和元年5月1日", 2019, 5, 1)]
    [InlineData("令和７年１２月３１日", 2025, 12, 31)]
    [InlineData("㋿7年1月31日", 2025, 1, 31)]
    [InlineData("H31.4.30", 2019, 4, 30)]
    [InlineData("H1.1.8", 1989, 1, 8)]
    [InlineData("平成15年1月2日", 2003, 1, 2)]
    [InlineData("㍻15年1月2日", 2003, 1, 2)]
    [InlineData("S64.1.7", 1989, 1, 7)]
    [InlineData("昭和60年4月1日", 1985, 4, 1)]
    [InlineData("T15.12.24", 1926, 12, 24)]
    [InlineData("大正元年7月30日", 1912, 7, 30)]
    [InlineData("M45.7.29", 1912, 7, 29)]
    public void TryParse_JapaneseEra_Parses(string text, int y, int m, int d) => AssertParses(text, y, m, d);

    [Theory]
    [InlineData("2025/02/30", "存在しない日付")]
    [InlineData("2023/02/29", "存在しない日付")]
    [InlineData("R7.13.1", "月は1〜12")]
    [InlineData("R7.0.1", "月は1〜12")]
    [InlineData("R1.4.30", "令和は2019年5月1日から")]
    [InlineData("H31.5.1", "平成は1989年1月8日から2019年4月30日まで")]
    [InlineData("H1.1.7", "平成は1989年1月8日から")]
    [InlineData("S64.1.8", "昭和は1926年12月25日から1989年1月7日まで")]
    [InlineData("R0.5.1", "和暦の年")]
    [InlineData("X7.1.1", "形式が正しくありません")]
    [InlineData("2025/1", "形式が正しくありません")]
    [InlineData("31/01/2025", "形式が正しくありません")]
    [InlineData("", "入力してください")]
    public void TryParse_Invalid_ExplainsWithoutEchoingTheDate(string text, string fragment)
    {
        Assert.False(JapaneseDateParser.TryParse(text, out _, out var error));
        Assert.Contains(fragment, error, StringComparison.Ordinal);
        if (text.Length > 3)
        {
            Assert.DoesNotContain(text, error!, StringComparison.Ordinal);
        }
    }

    private static void AssertParses(string text, int y, int m, int d)
    {
        Assert.True(JapaneseDateParser.TryParse(text, out var date, out var error), error);
        Assert.Equal(new DateOnly(y, m, d), date);
    }
}
