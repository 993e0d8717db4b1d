using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Tenants.Support;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Tenants.GetSiteNotices;

/// <summary>
/// Public within the tenant: announcements are for every user, signed in or not; the end date only for admins. Every
/// page shows them, so they are read once per tenant and Japanese day and kept per node under the notices' generation
/// (ADR 0053) instead of two queries on every page.
/// </summary>
public sealed class GetSiteNoticesQueryHandler(
    IAppDbContext db, ITenantContext tenantContext, ICurrentUser currentUser, TimeProvider clock, IReadModelCache cache, SiteNoticesGeneration generation)
    : IQueryHandler<GetSiteNoticesQuery, SiteNoticesDto>
{
    public async ValueTask<SiteNoticesDto> Handle(GetSiteNoticesQuery query, CancellationToken cancellationToken)
    {
        if (tenantContext.TenantId is not { } tenant)
        {
            return SiteNoticesDto.None;
        }

        var today = JapanTime.DateOf(clock.GetUtcNow().UtcDateTime);
        var stamp = $"{generation.Current}:{today.DayNumber}";
        var all = await cache.GetOrComputeAsync(
            "site-notices:" + tenant.Value.ToString("N"), stamp, SiteNoticesGeneration.MaxAge, ct => ReadAsync(tenant, today, ct), cancellationToken);
        var isAdministrator = currentUser.AccountId is not null && currentUser.Role is AccountRole.Admin or AccountRole.LimitedAdmin;
        return isAdministrator ? all : all with { ContractEndDate = null };
    }

    private async Task<SiteNoticesDto> ReadAsync(TenantId tenant, DateOnly today, CancellationToken cancellationToken)
    {
        var announcements = await db.Announcements.AsNoTracking()
            .Where(a => (a.TenantId == null || a.TenantId == tenant) && a.FromDate <= today && a.ToDate >= today)
            .OrderByDescending(a => a.PostedAtUtc)
            .Take(5)
            .Select(a => new AnnouncementDto(a.Id, a.Title, a.Body, a.FromDate, a.ToDate))
            .ToListAsync(cancellationToken);
        var endDate = await db.Tenants.AsNoTracking().Where(t => t.Id == tenant).Select(t => t.ContractEndDate).SingleOrDefaultAsync(cancellationToken);
        return new SiteNoticesDto(endDate, announcements);
    }
}
