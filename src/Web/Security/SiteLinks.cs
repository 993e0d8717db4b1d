using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Web.Startup;

namespace YearEndAdjustment.Web.Security;

/// <summary>Links in mails are built from configuration or the server's own address, never from the request's Host header (host header injection).</summary>
public sealed class SiteLinks(PublicBaseUrl baseUrl) : ISiteLinks
{
    public string TenantUrl(string tenantSlug, string relativePath) =>
        $"{baseUrl.Value}/{Uri.EscapeDataString(tenantSlug)}/{relativePath.TrimStart('/')}";
}
