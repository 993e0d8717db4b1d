using System.Threading.RateLimiting;

namespace YearEndAdjustment.Web.Security;

/// <summary>
/// R-18 per address: the rate-limit policy that sign-in, two-factor and reset pages carry as endpoint metadata
/// (<c>[EnableRateLimiting(CredentialPostLimit.Policy)]</c>), so every route variant that reaches them (case, a
/// trailing slash, a query string) is counted. One budget per client IP across all of them; posts only, since
/// showing the form costs nothing and must stay reachable.
/// </summary>
public static class CredentialPostLimit
{
    public const string Policy = "credential-posts";

    public static RateLimitPartition<string> Partition(HttpContext context, int permits, TimeSpan window) =>
        HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetSlidingWindowLimiter(
                "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                _ => new SlidingWindowRateLimiterOptions { PermitLimit = permits, Window = window, SegmentsPerWindow = 6, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("read");
}
