namespace YearEndAdjustment.Application.Tenants.GetTenantHome;

public sealed record TenantHomeDto(string Slug, string DisplayName, int CurrentTaxYear);
