using YearEndAdjustment.Application.Employees.Csv;

namespace YearEndAdjustment.UnitTests.Application.Employees.Csv;

/// <summary>R-33: cells starting with = + - @ tab CR get an apostrophe; plain negative numbers stay numbers.</summary>
public sealed class CsvFormulaGuardTests
{
    [Theory]
    [InlineData("=SUM(A1:A9)", "'=SUM(A1:A9)")]
    [InlineData("+81-3-1234", "'+81-3-1234")]
    [InlineData("-1+2", "'-1+2")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("-", "'-")]
    public void Neutralize_FormulaLookingCell_GetsApostrophe(string input, string expected) =>
        Assert.Equal(expected, CsvFormulaGuard.Neutralize(input));

    [Theory]
    [InlineData("-1200")]
    [InlineData("-0.5")]
    [InlineData("山田 太郎")]
    [InlineData("a=b")]
    [InlineData("'=already")]
    [InlineData("")]
    public void Neutralize_OrdinaryCell_IsUnchanged(string input) => Assert.Equal(input, CsvFormulaGuard.Neutralize(input));
}
