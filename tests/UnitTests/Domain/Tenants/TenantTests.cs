using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Domain.Tenants;

namespace YearEndAdjustment.UnitTests.Domain.Tenants;

public sealed class TenantTests
{
    private static readonly DateTime Now = new(2026, 11, 26, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Provision_TrimsNameAndStartsActive()
    {
        var tenant = Tenant.Provision(TenantSlug.Create("acme"), "  アクメ  ", Now);

        Assert.Equal("アクメ", tenant.DisplayName);
        Assert.Equal(TenantStatus.Active, tenant.Status);
        Assert.NotEqual(TenantId.None, tenant.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Provision_WithoutName_Throws(string name) =>
        Assert.Equal("tenant.name_required", Assert.Throws<DomainRuleViolationException>(() => Tenant.Provision(TenantSlug.Create("acme"), name, Now)).Code);

    [Fact]
    public void Provision_WithTooLongName_Throws() =>
        Assert.Equal("tenant.name_too_long", Assert.Throws<DomainRuleViolationException>(
            () => Tenant.Provision(TenantSlug.Create("acme"), new string('あ', Tenant.DisplayNameMaxLength + 1), Now)).Code);

    [Fact]
    public void IsServing_ThroughContractEndDay_ThenNot()
    {
        var tenant = Tenant.Provision(TenantSlug.Create("acme"), "アクメ", Now);
        tenant.EndContract(new DateOnly(2027, 3, 31));

        Assert.True(tenant.IsServing(new DateOnly(2027, 3, 31)));
        Assert.False(tenant.IsServing(new DateOnly(2027, 4, 1)));
    }

    [Fact]
    public void IsServing_WithoutEndDate_IsTrue() =>
        Assert.True(Tenant.Provision(TenantSlug.Create("acme"), "アクメ", Now).IsServing(new DateOnly(2099, 1, 1)));
}
