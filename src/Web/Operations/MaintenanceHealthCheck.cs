using Microsoft.Extensions.Diagnostics.HealthChecks;
using YearEndAdjustment.Application.Abstractions;

namespace YearEndAdjustment.Web.Operations;

/// <summary>Readiness names maintenance mode (still healthy: the node is fine, the pages are deliberately closed).</summary>
public sealed class MaintenanceHealthCheck(IMaintenanceMode maintenance) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        (await maintenance.CurrentAsync(cancellationToken)).IsOn
            ? HealthCheckResult.Healthy("maintenance")
            : HealthCheckResult.Healthy("off");
}
