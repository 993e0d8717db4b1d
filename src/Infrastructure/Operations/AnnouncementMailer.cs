using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Domain.Tenants;
using YearEndAdjustment.Infrastructure.Jobs;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.Infrastructure.Tenancy;

namespace YearEndAdjustment.Infrastructure.Operations;

/// <summary>
/// each announcement is mailed once to the admins of every tenant it addresses. A tenant's mails are sent only
/// after its ledger row (unique per announcement and tenant) is saved, so two nodes, or the operator command and a
/// node, never both mail; a node stopped after the claim loses that tenant's mails rather than sending them twice.
/// Runs after <c>announce</c> and <c>tenant end</c>, and in each maintenance window for announcements whose period
/// has begun since.
/// </summary>
internal sealed class AnnouncementMailer(IServiceScopeFactory scopes, IEmailSender email, TimeProvider clock) : IScheduledJob
{
    public string Name => "announcement-mail";

    public Task<long> RunAsync(IServiceProvider scope, DateTime nowUtc, CancellationToken cancellationToken) => SendDueAsync(cancellationToken);

    /// <summary>Mails every shown announcement's tenants not yet mailed; returns the number of mails sent.</summary>
    public async Task<long> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = JapanTime.DateOf(now);
        List<Announcement> due;
        List<(TenantId Id, string Slug)> tenants;
        await using (var scope = SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            due = await db.Announcements.AsNoTracking().Where(a => a.FromDate <= today && a.ToDate >= today).ToListAsync(cancellationToken);
            tenants = (await db.Tenants.AsNoTracking().Where(t => t.Status == TenantStatus.Active)
                .Select(t => new { t.Id, t.Slug, t.ContractEndDate }).ToListAsync(cancellationToken))
                .Where(t => t.ContractEndDate is null || t.ContractEndDate > today)
                .Select(t => (t.Id, t.Slug.Value)).ToList();
        }

        long sent = 0;
        foreach (var announcement in due)
        {
            foreach (var tenant in tenants.Where(t => announcement.TenantId is null || announcement.TenantId == t.Id))
            {
                sent += await MailTenantAsync(announcement, tenant.Id, now, cancellationToken);
            }
        }

        return sent;
    }

    private async Task<int> MailTenantAsync(Announcement announcement, TenantId tenant, DateTime now, CancellationToken cancellationToken)
    {
        await using var scope = SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.AnnouncementDeliveries.IgnoreQueryFilters([AppDbContext.TenantFilter])
                .AnyAsync(d => d.TenantId == tenant && d.AnnouncementId == announcement.Id, cancellationToken))
        {
            return 0;
        }

        var delivery = AnnouncementDelivery.Claim(tenant, announcement.Id, now);
        db.AnnouncementDeliveries.Add(delivery);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node claimed this tenant's mails first (unique key).
            return 0;
        }

        var admins = await db.Accounts.IgnoreQueryFilters([AppDbContext.TenantFilter])
            .Where(a => a.TenantId == tenant && !a.IsDisabled && a.Email != null && (a.Role == AccountRole.Admin || a.Role == AccountRole.LimitedAdmin))
            .Select(a => a.Email!)
            .ToListAsync(cancellationToken);
        foreach (var address in admins)
        {
            await email.SendAsync(new Application.Abstractions.EmailMessage(address, $"【お知らせ / Notice】{announcement.Title}", announcement.Body), cancellationToken);
        }

        delivery.Sent(admins.Count);
        await db.SaveChangesAsync(cancellationToken);
        return admins.Count;
    }

    private AsyncServiceScope SystemScope()
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().EnterSystem();
        return scope;
    }
}
