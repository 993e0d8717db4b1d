using Microsoft.Extensions.Options;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Web.Startup;

namespace YearEndAdjustment.Web.Security;

/// <summary>Links in mails are built from configuration, never from the request's Host header (host header injection).</summary>
public sealed class SiteLinks(IOptions<SiteOptions> options) : ISiteLinks
{
    public string TenantUrl(string tenantSlug, string relativePath) =>
        $"{options.Value.PublicBaseUrl.TrimEnd('/')}/{Uri.EscapeDataString(tenantSlug)}/{relativePath.TrimStart('/')}";
}
