namespace YearEndAdjustment.Application.Tenants.GetTenantSettings;

public sealed record TenantSettingsDto(
    int LockoutThreshold, int LockoutMinutes, int IdleTimeoutMinutes, bool RequireTwoFactorForAdmins,
    IReadOnlyList<IpAllowListEntryDto> IpAllowList);
