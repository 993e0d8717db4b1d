using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Domain.Tenants;
using YearEndAdjustment.Infrastructure.Persistence;

namespace YearEndAdjustment.Infrastructure.Jobs;

/// <summary>
/// in the maintenance window, every tenant whose contract ended <c>Tenants:PurgeAfterDays</c> (60) days ago or
/// more and is not yet purged is purged. A run interrupted by a kill is taken over on the next poll (ADR 0014) and
/// continues where it stopped.
/// </summary>
internal sealed class TenantPurgeJob(TenantPurger purger, IOptions<TenantPurgeOptions> options) : IScheduledJob
{
    public string Name => "tenant-purge";

    public async Task<long> RunAsync(IServiceProvider scope, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var dueBy = JapanTime.DateOf(nowUtc).AddDays(-options.Value.PurgeAfterDays);
        var db = scope.GetRequiredService<AppDbContext>();
        var due = await db.Tenants.AsNoTracking()
            .Where(t => t.Status != TenantStatus.Purged && t.ContractEndDate != null && t.ContractEndDate <= dueBy)
            .Select(t => t.Id)
            .ToListAsync(cancellationToken);
        long deleted = 0;
        foreach (var tenant in due)
        {
            deleted += await purger.PurgeAsync(tenant, cancellationToken);
        }

        return deleted;
    }
}
