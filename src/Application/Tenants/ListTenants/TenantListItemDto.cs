namespace YearEndAdjustment.Application.Tenants.ListTenants;

public sealed record TenantListItemDto(Guid Id, string Slug, string DisplayName, string Status, DateOnly? ContractEndDate, DateTime CreatedAtUtc);
