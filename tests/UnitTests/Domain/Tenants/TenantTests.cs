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
    public void IsServing_UntilTheDayBeforeTheEndDate_ThenNot()
    {
        var tenant = Tenant.Provision(TenantSlug.Create("acme"), "アクメ", Now);
        tenant.EndContract(new DateOnly(2027, 4, 1));

        Assert.True(tenant.IsServing(new DateOnly(2027, 3, 31)));
        Assert.False(tenant.IsServing(new DateOnly(2027, 4, 1)));
    }

    [Fact]
    public void CancelContractEnd_BeforeTheDate_Clears_OnTheDate_Throws()
    {
        var tenant = Tenant.Provision(TenantSlug.Create("acme"), "アクメ", Now);
        tenant.EndContract(new DateOnly(2027, 4, 1));

        Assert.Equal("tenant.already_ended", Assert.Throws<DomainRuleViolationException>(() => tenant.CancelContractEnd(new DateOnly(2027, 4, 1))).Code);
        tenant.CancelContractEnd(new DateOnly(2027, 3, 31));
        Assert.Null(tenant.ContractEndDate);
    }

    [Fact]
    public void MarkPurged_KeepsTheRow_AndRefusesANewEndDate()
    {
        var tenant = Tenant.Provision(TenantSlug.Create("acme"), "アクメ", Now);
        tenant.EndContract(new DateOnly(2027, 4, 1));
        tenant.MarkPurged(Now);

        Assert.Equal(TenantStatus.Purged, tenant.Status);
        Assert.False(tenant.IsServing(new DateOnly(2027, 1, 1)));
        Assert.Equal("tenant.not_active", Assert.Throws<DomainRuleViolationException>(() => tenant.EndContract(new DateOnly(2028, 1, 1))).Code);
    }

    [Fact]
    public void IsServing_WithoutEndDate_IsTrue() =>
        Assert.True(Tenant.Provision(TenantSlug.Create("acme"), "アクメ", Now).IsServing(new DateOnly(2099, 1, 1)));
}
