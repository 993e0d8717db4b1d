using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using YearEndAdjustment.Domain.Jobs;
using YearEndAdjustment.Infrastructure.Persistence;

namespace YearEndAdjustment.Web.Health;

/// <summary>
/// Readiness of the shared job queue (ADR 0032, 0046): how many jobs wait and how long the oldest has waited, across
/// tenants (counts only). Degraded, which still answers 200, when the oldest waits longer than
/// Health:QueueWaitWarning (5 minutes): no node is taking jobs, a matter for monitoring rather than for taking this
/// node out of the balancer. Unhealthy (503) only when the queue cannot be read.
/// </summary>
internal sealed class JobQueueHealthCheck(AppDbContext db, TimeProvider clock, IConfiguration configuration) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            db.Database.SetCommandTimeout(HealthEndpoints.CheckCommandTimeout);

            // Asked first so that a missing SQLite file is reported, not created empty by the query.
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("database unreachable");
            }

            var queued = db.BackgroundJobs.IgnoreQueryFilters([AppDbContext.TenantFilter]).Where(j => j.State == BackgroundJobState.Queued);
            var count = await queued.CountAsync(cancellationToken);
            if (count == 0)
            {
                return HealthCheckResult.Healthy("no job queued");
            }

            var oldest = await queued.MinAsync(j => j.CreatedAtUtc, cancellationToken);
            var waited = clock.GetUtcNow().UtcDateTime - oldest;
            var seconds = Math.Max(0, (long)waited.TotalSeconds);
            var description = string.Create(CultureInfo.InvariantCulture, $"{count} queued, oldest waiting {seconds} s");
            return waited > configuration.GetValue("Health:QueueWaitWarning", TimeSpan.FromMinutes(5))
                ? HealthCheckResult.Degraded(description)
                : HealthCheckResult.Healthy(description);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"job queue unreadable ({ex.GetType().Name})");
        }
    }
}
