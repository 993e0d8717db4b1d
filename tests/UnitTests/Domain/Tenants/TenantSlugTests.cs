using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Domain.Tenants;

namespace YearEndAdjustment.UnitTests.Domain.Tenants;

public sealed class TenantSlugTests
{
    [Theory]
    [InlineData("abc")]
    [InlineData("acme-corp")]
    [InlineData("a1-b2-c3")]
    [InlineData("abcdefghijklmnopqrstuvwxyz012345")]
    public void Create_WithValidValue_KeepsIt(string value) => Assert.Equal(value, TenantSlug.Create(value).Value);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ab")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456")]
    [InlineData("Abc")]
    [InlineData("1abc")]
    [InlineData("abc-")]
    [InlineData("-abc")]
    [InlineData("ab--c")]
    [InlineData("ab_c")]
    [InlineData("ab c")]
    [InlineData("ａｂｃ")]
    [InlineData("api")]
    [InlineData("health")]
    [InlineData("css")]
    public void Create_WithInvalidValue_ThrowsWithCode(string? value)
    {
        var ex = Assert.Throws<DomainRuleViolationException>(() => TenantSlug.Create(value));

        Assert.Equal("tenant.slug_invalid", ex.Code);
        Assert.False(string.IsNullOrWhiteSpace(ex.Message));
    }
}
