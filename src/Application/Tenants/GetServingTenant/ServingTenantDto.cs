namespace YearEndAdjustment.Application.Tenants.GetServingTenant;

public sealed record ServingTenantDto(Guid Id, string Slug, string DisplayName);
