using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Application.Tenants.GetSiteNotices;

namespace YearEndAdjustment.Application.Tenants.ListAnnouncements;

public sealed class ListAnnouncementsQueryHandler(IAppDbContext db, ITenantContext tenantContext, ICurrentUser currentUser)
    : IQueryHandler<ListAnnouncementsQuery, IReadOnlyList<AnnouncementDto>>
{
    public const int Limit = 200;

    public async ValueTask<IReadOnlyList<AnnouncementDto>> Handle(ListAnnouncementsQuery query, CancellationToken cancellationToken)
    {
        // Announcements are addressed to every user of the tenant; admins need the list most.
        currentUser.RequireAccount();
        var tenant = tenantContext.TenantId ?? throw ForbiddenException.Of(MessageKeys.ForbiddenTenantRequired);
        return await db.Announcements.AsNoTracking()
            .Where(a => a.TenantId == null || a.TenantId == tenant)
            .OrderByDescending(a => a.PostedAtUtc)
            .Take(Limit)
            .Select(a => new AnnouncementDto(a.Id, a.Title, a.Body, a.FromDate, a.ToDate))
            .ToListAsync(cancellationToken);
    }
}
