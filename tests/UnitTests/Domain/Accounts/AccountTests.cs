using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.UnitTests.Domain.Accounts;

public sealed class AccountTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void OpenAdminId_IsAdminThatMustChangePassword()
    {
        var tenant = TenantId.New();

        var admin = Account.OpenAdminId(tenant, "hash", Now);

        Assert.Equal(tenant, admin.TenantId);
        Assert.Equal("admin", admin.LoginId.Value);
        Assert.Equal(AccountRole.Admin, admin.Role);
        Assert.True(admin.IsAdminId);
        Assert.True(admin.MustChangePassword);
        Assert.False(admin.IsDisabled);
    }

    [Fact]
    public void OpenAdminId_WithoutTenant_Throws() =>
        Assert.Throws<DomainRuleViolationException>(() => Account.OpenAdminId(TenantId.None, "hash", Now));

    [Theory]
    [InlineData("Yamada", "yamada")]
    [InlineData("  taro.yamada@example ", "taro.yamada@example")]
    [InlineData("emp-0001", "emp-0001")]
    public void LoginId_IsTrimmedAndLowerCased(string input, string expected) => Assert.Equal(expected, LoginId.Create(input).Value);

    [Theory]
    [InlineData("")]
    [InlineData("山田")]
    [InlineData("a b")]
    [InlineData("-abc")]
    public void LoginId_Invalid_Throws(string input) => Assert.Throws<DomainRuleViolationException>(() => LoginId.Create(input));

    [Theory]
    [InlineData(" Yamada ", "yamada")]
    [InlineData("山田", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void LoginId_TryCreate_NormalisesOrReturnsNull(string? input, string? expected) =>
        Assert.Equal(expected, LoginId.TryCreate(input)?.Value);

    [Fact]
    public void ParseDepartments_AcceptsCommasJapaneseCommasSpacesAndLines() =>
        Assert.Equal(["D01", "D02", "D03", "D04"], Account.ParseDepartments("D01, D02、D03\nD04 "));
}
