namespace YearEndAdjustment.Application.Tenants.GetSiteNotices;

public sealed record AnnouncementDto(Guid Id, string Title, string Body, DateOnly From, DateOnly To);
