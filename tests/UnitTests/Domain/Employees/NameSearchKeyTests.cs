using YearEndAdjustment.Domain.Employees;

namespace YearEndAdjustment.UnitTests.Domain.Employees;

public sealed class NameSearchKeyTests
{
    [Theory]
    [InlineData("佐藤 誠", "佐藤誠")]
    [InlineData("佐藤　誠", "佐藤誠")]
    [InlineData("さとう まこと", "サトウマコト")]
    [InlineData("ｻﾄｳ ﾏｺﾄ", "サトウマコト")]
    [InlineData("ｙａｍａｄａ Taro", "YAMADATARO")]
    [InlineData("", "")]
    public void Of_FoldsSpacesKanaKindWidthAndCase(string text, string expected) => Assert.Equal(expected, NameSearchKey.Of(text));

    [Theory]
    [InlineData("佐藤誠", "佐藤誠", true)]
    [InlineData("佐藤", "佐藤誠", true)]
    [InlineData("佐藤誠", "佐藤", false)]
    [InlineData("サトウ", "サトウマコト", true)]
    [InlineData("サトウ", "サトエ", false)]
    [InlineData("サトウ", "サト", false)]
    public void UpperBound_MakesTheRangeExactlyThePrefix(string prefix, string key, bool inRange)
    {
        var upper = NameSearchKey.UpperBound(prefix);

        var within = string.CompareOrdinal(key, prefix) >= 0 && string.CompareOrdinal(key, upper) < 0;

        Assert.Equal(inRange, within);
        Assert.Equal(key.StartsWith(prefix, StringComparison.Ordinal), within);
    }
}
