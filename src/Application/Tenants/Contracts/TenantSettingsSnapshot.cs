using YearEndAdjustment.Domain.Tenants;

namespace YearEndAdjustment.Application.Tenants.Contracts;

/// <summary>An immutable copy of a tenant's settings at <see cref="Version"/> (-1: no row yet, defaults), shared between requests.</summary>
public sealed record TenantSettingsSnapshot(
    int Version,
    int LockoutThreshold,
    int LockoutMinutes,
    int IdleTimeoutMinutes,
    bool RequireTwoFactorForAdmins,
    IReadOnlyList<IpAllowListEntry> IpAllowList)
{
    public static TenantSettingsSnapshot From(TenantSettings settings, int version) => new(
        version, settings.LockoutThreshold, settings.LockoutMinutes, settings.IdleTimeoutMinutes,
        settings.RequireTwoFactorForAdmins, settings.IpAllowList.ToArray());
}
