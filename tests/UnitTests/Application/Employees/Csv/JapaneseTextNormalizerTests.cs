using YearEndAdjustment.Application.Employees.Csv;

namespace YearEndAdjustment.UnitTests.Application.Employees.Csv;

public sealed class JapaneseTextNormalizerTests
{
    [Theory]
    [InlineData("ＡＢＣ１２３", "ABC123")]
    [InlineData("山田　太郎", "山田 太郎")]
    [InlineData("  山田   太郎  ", "山田 太郎")]
    [InlineData("ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダ タロウ")]
    [InlineData("ﾊﾟｰｸ", "パーク")]
    [InlineData("㈱テスト", "(株)テスト")]
    [InlineData("東京都港区１－２－３", "東京都港区1-2-3")]
    [InlineData(null, "")]
    [InlineData("髙橋", "髙橋")]
    public void Normalize_SpreadsheetInput_BecomesCanonical(string? input, string expected) =>
        Assert.Equal(expected, JapaneseTextNormalizer.Normalize(input));

    [Theory]
    [InlineData("やまだ たろう", "ヤマダ タロウ")]
    [InlineData("ﾔﾏﾀﾞ", "ヤマダ")]
    [InlineData("ヤマダ", "ヤマダ")]
    [InlineData("ゔぁ", "ヴァ")]
    public void NormalizeKana_HiraganaAndHalfWidth_BecomeFullWidthKatakana(string input, string expected) =>
        Assert.Equal(expected, JapaneseTextNormalizer.NormalizeKana(input));

    [Theory]
    [InlineData("１２３ー４５６７", "123-4567")]
    [InlineData("E 001", "E001")]
    [InlineData("100−0001", "100-0001")]
    public void NormalizeCode_DashesAndSpaces_AreUnified(string input, string expected) =>
        Assert.Equal(expected, JapaneseTextNormalizer.NormalizeCode(input));

    [Theory]
    [InlineData("1234-5678-9018", "123456789018")]
    [InlineData("１２３４ ５６７８ ９０１８", "123456789018")]
    public void NormalizeMyNumber_Separators_AreRemoved(string input, string expected) =>
        Assert.Equal(expected, JapaneseTextNormalizer.NormalizeMyNumber(input));
}
