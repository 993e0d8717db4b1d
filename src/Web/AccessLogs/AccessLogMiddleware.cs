using System.Diagnostics;
using Microsoft.Extensions.Options;
using YearEndAdjustment.Application.AccessLogs.Contracts;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Web.AccessLogs;

/// <summary>
/// Outermost middleware: times every request and records it once the response is complete, including
/// error responses. Records the path (PathBase + Path) and never the query string.
/// </summary>
public sealed class AccessLogMiddleware(
    RequestDelegate next,
    IAccessLogWriter writer,
    RequestMetrics metrics,
    TimeProvider clock,
    IOptions<AccessLogRecordingOptions> options)
{
    private readonly string[] _excluded = options.Value.ExcludedPathPrefixes;

    public async Task InvokeAsync(HttpContext context, ITenantContext tenantContext, ICurrentUser currentUser)
    {
        var started = Stopwatch.GetTimestamp();
        var startedAtUtc = clock.GetUtcNow().UtcDateTime;
        var pathBase = context.Request.PathBase;
        var path = context.Request.Path;
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            var status = context.Response.StatusCode;
            var fullPath = pathBase.Add(path).Value ?? "/";
            metrics.Record(elapsed.TotalSeconds, context.Request.Method, status, tenantContext.TenantId is not null);
            if (!IsExcluded(fullPath))
            {
                writer.Enqueue(AccessLog.Record(
                    tenantContext.TenantId ?? TenantId.None,
                    startedAtUtc,
                    currentUser.AccountId,
                    context.Connection.RemoteIpAddress?.ToString(),
                    context.Request.Headers.UserAgent.ToString() is { Length: > 0 } ua ? ua : null,
                    context.Request.Method,
                    fullPath.Length == 0 ? "/" : fullPath,
                    status,
                    elapsed.TotalMilliseconds,
                    context.User.FindFirst(SessionIdClaim)?.Value));
            }
        }
    }

    /// <summary>The per-sign-in session id claim (set at sign-in by the accounts module).</summary>
    public const string SessionIdClaim = "yea:session";

    private bool IsExcluded(string path)
    {
        foreach (var prefix in _excluded)
        {
            if (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
