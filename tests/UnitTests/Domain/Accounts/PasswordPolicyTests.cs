using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.UnitTests.Domain.Accounts;

public sealed class PasswordPolicyTests
{
    private sealed class List(params string[] common) : ICommonPasswordList
    {
        public bool Contains(string password) => common.Contains(password, StringComparer.OrdinalIgnoreCase);
    }

    private static readonly ICommonPasswordList Common = new List("password1234", "qwerty123456");

    [Theory]
    [InlineData("correct horse battery")]
    [InlineData("１２文字以上の日本語パスワードです")]
    [InlineData("abcdefghijk1")]
    public void Check_Acceptable_ReturnsNull(string password) => Assert.Null(PasswordPolicy.Check(password, "taro", Common));

    [Theory]
    [InlineData("", "入力してください")]
    [InlineData("elevenchars", "12 文字以上")]
    [InlineData("PASSWORD1234", "よく使われて")]
    [InlineData("zzzzzzzzzzzzzz", "同じ文字だけ")]
    [InlineData("yamada.taro.01", "ログインIDと同じ")]
    public void Check_Weak_ExplainsWhy(string password, string reason) =>
        Assert.Contains(reason, PasswordPolicy.Check(password, "yamada.taro.01", Common)?.Text);

    [Fact]
    public void Check_LengthCountsCharactersNotBytes_AndAllowsUpTo128()
    {
        Assert.Null(PasswordPolicy.Check(new string('あ', 6) + new string('い', 6), "x", Common));
        Assert.Null(PasswordPolicy.Check(string.Concat(Enumerable.Repeat("ab", 64)), "x", Common));
        Assert.Contains("128 文字以内", PasswordPolicy.Check(string.Concat(Enumerable.Repeat("ab", 64)) + "c", "x", Common)?.Text);
    }

    [Fact]
    public void Ensure_Weak_ThrowsRuleViolation() =>
        Assert.Equal("password.weak", Assert.Throws<DomainRuleViolationException>(() => PasswordPolicy.Ensure("short", "x", Common)).Code);
}
