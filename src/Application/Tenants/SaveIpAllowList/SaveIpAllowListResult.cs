namespace YearEndAdjustment.Application.Tenants.SaveIpAllowList;

/// <summary>Either saved, or not saved because it would shut out the caller and needs confirmation.</summary>
public sealed record SaveIpAllowListResult(bool Saved, bool NeedsConfirmation, int Count);
