namespace YearEndAdjustment.Application.Tenants.CreateTenant;

/// <summary>The opening notice (開通通知). The initial password exists only here: it is shown once and never stored in clear.</summary>
public sealed record CreateTenantResult(Guid TenantId, string Slug, string DisplayName, string AdminLoginId, string InitialPassword);
