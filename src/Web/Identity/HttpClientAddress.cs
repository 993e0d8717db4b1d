using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Web.Security;

namespace YearEndAdjustment.Web.Identity;

/// <summary>The request's client address as the IP allow-list sees it (forwarded only by trusted proxies, ADR 0013).</summary>
public sealed class HttpClientAddress(IHttpContextAccessor accessor) : IClientAddress
{
    public string? Current => accessor.HttpContext?.Connection.RemoteIpAddress is { } ip
        ? IpAllowListMiddleware.Normalize(ip)?.ToString()
        : null;
}
