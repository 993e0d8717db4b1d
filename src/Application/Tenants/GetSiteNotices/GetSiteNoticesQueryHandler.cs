using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Tenants.GetSiteNotices;

/// <summary>Public within the tenant: announcements are for every user, signed in or not; the end date only for admins.</summary>
public sealed class GetSiteNoticesQueryHandler(IAppDbContext db, ITenantContext tenantContext, ICurrentUser currentUser, TimeProvider clock)
    : IQueryHandler<GetSiteNoticesQuery, SiteNoticesDto>
{
    public async ValueTask<SiteNoticesDto> Handle(GetSiteNoticesQuery query, CancellationToken cancellationToken)
    {
        if (tenantContext.TenantId is not { } tenant)
        {
            return SiteNoticesDto.None;
        }

        var today = JapanTime.DateOf(clock.GetUtcNow().UtcDateTime);
        var announcements = await db.Announcements.AsNoTracking()
            .Where(a => (a.TenantId == null || a.TenantId == tenant) && a.FromDate <= today && a.ToDate >= today)
            .OrderByDescending(a => a.PostedAtUtc)
            .Take(5)
            .Select(a => new AnnouncementDto(a.Id, a.Title, a.Body, a.FromDate, a.ToDate))
            .ToListAsync(cancellationToken);
        DateOnly? endDate = null;
        if (currentUser.AccountId is not null && currentUser.Role is AccountRole.Admin or AccountRole.LimitedAdmin)
        {
            endDate = await db.Tenants.AsNoTracking().Where(t => t.Id == tenant).Select(t => t.ContractEndDate).SingleOrDefaultAsync(cancellationToken);
        }

        return new SiteNoticesDto(endDate, announcements);
    }
}
