using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using YearEndAdjustment.Application.Abstractions;

namespace YearEndAdjustment.Web.Health;

public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    /// <summary>Each readiness query gives up after this, so a node whose database hangs or is locked is out quickly.</summary>
    public static readonly TimeSpan CheckCommandTimeout = TimeSpan.FromSeconds(2);

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        // Liveness runs no check: the process answering is the signal.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteReadyAsync });
        return app;
    }

    /// <summary>
    /// Readiness also names maintenance mode: the node is ready, the pages are closed on purpose. Read only
    /// once the database answered, so a missing database file is never created by this look-up.
    /// </summary>
    private static async Task WriteReadyAsync(HttpContext context, HealthReport report)
    {
        var answered = report.Status != HealthStatus.Unhealthy;
        var maintenance = answered
            && (await context.RequestServices.GetRequiredService<IMaintenanceMode>().CurrentAsync(context.RequestAborted)).IsOn;
        await WriteAsync(context, report, maintenance ? "on" : answered ? "off" : "unknown");
    }

    private static Task WriteAsync(HttpContext context, HealthReport report) => WriteAsync(context, report, null);

    private static Task WriteAsync(HttpContext context, HealthReport report, string? maintenance)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
            maintenance,
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
