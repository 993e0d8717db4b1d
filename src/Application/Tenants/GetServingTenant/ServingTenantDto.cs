namespace YearEndAdjustment.Application.Tenants.GetServingTenant;

/// <summary>
/// An open tenant and the last Japan date its site serves (null: no end date), so a cached copy can still close the
/// site at the end of that day exactly (ADR 0028).
/// </summary>
public sealed record ServingTenantDto(Guid Id, string Slug, string DisplayName, DateOnly? LastDay = null)
{
    public bool ServesOn(DateOnly todayInJapan) => LastDay is not { } last || todayInJapan <= last;
}
