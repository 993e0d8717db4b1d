namespace YearEndAdjustment.Application.Tenants.GetSiteNotices;

/// <param name="ContractEndDate">The date the site closes; only for admins, who are asked to export before it.</param>
public sealed record SiteNoticesDto(DateOnly? ContractEndDate, IReadOnlyList<AnnouncementDto> Announcements)
{
    public static readonly SiteNoticesDto None = new(null, []);
}
