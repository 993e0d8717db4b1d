using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using YearEndAdjustment.Infrastructure.AccessLogs;
using YearEndAdjustment.Infrastructure.Persistence;

namespace YearEndAdjustment.Infrastructure.Jobs;

/// <summary>R-20: access-log rows are kept 90 days (AccessLog:RetentionDays), then deleted, across all tenants.</summary>
internal sealed class AccessLogRetentionJob(IOptions<AccessLogOptions> options) : IScheduledJob
{
    public string Name => "access-log-retention";

    public async Task<long> RunAsync(IServiceProvider scope, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var cutoff = nowUtc.AddDays(-options.Value.RetentionDays);
        var db = scope.GetRequiredService<AppDbContext>();

        // Only the tenant filter is lifted, by name, inside this system scope.
        return await db.AccessLogs.IgnoreQueryFilters([AppDbContext.TenantFilter])
            .Where(a => a.OccurredAtUtc < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
    }
}
