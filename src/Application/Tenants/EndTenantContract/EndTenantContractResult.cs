namespace YearEndAdjustment.Application.Tenants.EndTenantContract;

/// <param name="AnnouncementId">The contract-end announcement posted, when a date was set.</param>
public sealed record EndTenantContractResult(string Slug, DateOnly? EndDate, Guid? AnnouncementId);
