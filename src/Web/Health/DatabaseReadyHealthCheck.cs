using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using YearEndAdjustment.Infrastructure.Persistence;

namespace YearEndAdjustment.Web.Health;

/// <summary>R-23 readiness: the database answers and every migration of the configured provider is applied.</summary>
internal sealed class DatabaseReadyHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // A locked or hanging database answers "not ready" within seconds, not after the default 30 s.
            db.Database.SetCommandTimeout(HealthEndpoints.CheckCommandTimeout);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("database unreachable");
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            return pending == 0
                ? HealthCheckResult.Healthy("database reachable, migrations applied")
                : HealthCheckResult.Unhealthy($"{pending} migration(s) pending");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception text may name servers or files: report its type only.
            return HealthCheckResult.Unhealthy($"database check failed ({ex.GetType().Name})");
        }
    }
}
