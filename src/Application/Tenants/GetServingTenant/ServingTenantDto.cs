namespace YearEndAdjustment.Application.Tenants.GetServingTenant;

/// <summary>
/// A tenant a URL segment names, with the Japan date its contract ends (null: none; the site is closed from that day
/// on), so a cached copy can still close the site at the start of that day exactly (ADR 0028). <see cref="Closed"/>:
/// the site no longer serves (ended or purged); the slug then gets the closed page instead of a 404.
/// </summary>
public sealed record ServingTenantDto(Guid Id, string Slug, string DisplayName, DateOnly? EndDate = null, bool Closed = false)
{
    public bool ServesOn(DateOnly todayInJapan) => !Closed && (EndDate is not { } end || todayInJapan < end);
}
