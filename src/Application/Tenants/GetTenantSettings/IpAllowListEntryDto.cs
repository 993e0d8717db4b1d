namespace YearEndAdjustment.Application.Tenants.GetTenantSettings;

public sealed record IpAllowListEntryDto(string Value, string? Note);
