using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using YearEndAdjustment.Infrastructure.AccessLogs;
using YearEndAdjustment.Infrastructure.Persistence;

namespace YearEndAdjustment.Infrastructure.Jobs;

/// <summary>
/// access-log rows are kept 90 days (AccessLog:RetentionDays); R-21: audit-trail rows 400 days
/// (AuditTrail:RetentionDays). Older rows are deleted, across all tenants.
/// </summary>
internal sealed class AccessLogRetentionJob(IOptions<AccessLogOptions> options, IOptions<AuditTrailOptions> auditOptions) : IScheduledJob
{
    public string Name => "access-log-retention";

    public async Task<long> RunAsync(IServiceProvider scope, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var cutoff = nowUtc.AddDays(-options.Value.RetentionDays);
        var auditCutoff = nowUtc.AddDays(-auditOptions.Value.RetentionDays);
        var db = scope.GetRequiredService<AppDbContext>();

        // Only the tenant filter is lifted, by name, inside this system scope.
        var accessRows = await db.AccessLogs.IgnoreQueryFilters([AppDbContext.TenantFilter])
            .Where(a => a.OccurredAtUtc < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
        var auditRows = await db.AuditEntries.IgnoreQueryFilters([AppDbContext.TenantFilter])
            .Where(a => a.OccurredAtUtc < auditCutoff)
            .ExecuteDeleteAsync(cancellationToken);
        return accessRows + auditRows;
    }
}
