using Mediator;
using YearEndAdjustment.Application.Tenants.GetSiteNotices;

namespace YearEndAdjustment.Application.Tenants.ListAnnouncements;

/// <summary>R-05: admins (and any signed-in user) list every announcement addressed to their tenant (or all tenants), newest first.</summary>
public sealed record ListAnnouncementsQuery : IQuery<IReadOnlyList<AnnouncementDto>>;
