using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using YearEndAdjustment.Infrastructure.AccessLogs;
using YearEndAdjustment.Infrastructure.Persistence;

namespace YearEndAdjustment.Infrastructure.Jobs;

/// <summary>
/// access-log rows are kept 90 days (AccessLog:RetentionDays); R-21: audit-trail rows 400 days
/// (AuditTrail:RetentionDays). Older rows are deleted, across all tenants. With them go the shared short-lived rows of
/// ADR 0046: credential attempts older than a day (every budget window is far shorter) and expired pending uploads.
/// </summary>
internal sealed class AccessLogRetentionJob(IOptions<AccessLogOptions> options, IOptions<AuditTrailOptions> auditOptions) : IScheduledJob
{
    internal static readonly TimeSpan AttemptRetention = TimeSpan.FromDays(1);

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
        var attemptCutoff = nowUtc - AttemptRetention;
        var attemptRows = await db.CredentialAttempts.Where(a => a.AtUtc < attemptCutoff).ExecuteDeleteAsync(cancellationToken);
        var uploadRows = await db.PendingUploads.IgnoreQueryFilters([AppDbContext.TenantFilter])
            .Where(u => u.ExpiresAtUtc <= nowUtc)
            .ExecuteDeleteAsync(cancellationToken);
        return accessRows + auditRows + attemptRows + uploadRows;
    }
}
