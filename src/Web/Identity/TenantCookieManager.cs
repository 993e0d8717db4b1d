using Microsoft.AspNetCore.Authentication.Cookies;
using YearEndAdjustment.Application.Abstractions;

namespace YearEndAdjustment.Web.Identity;

/// <summary>
/// One cookie name per tenant ("__Host-yea.acme"), path "/", so pages (/acme/…) and JSON (/api/acme/…) share the
/// sign-in while a session of one tenant is never even sent as another tenant's cookie. Outside a tenant there is
/// no authentication cookie at all.
/// </summary>
public sealed class TenantCookieManager : ICookieManager
{
    private readonly ChunkingCookieManager _inner = new();

    public string? GetRequestCookie(HttpContext context, string key) =>
        NameFor(context, key) is { } name ? _inner.GetRequestCookie(context, name) : null;

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options)
    {
        if (NameFor(context, key) is { } name)
        {
            _inner.AppendResponseCookie(context, name, value, options);
        }
    }

    public void DeleteCookie(HttpContext context, string key, CookieOptions options)
    {
        if (NameFor(context, key) is { } name)
        {
            _inner.DeleteCookie(context, name, options);
        }
    }

    private static string? NameFor(HttpContext context, string key) =>
        context.RequestServices.GetRequiredService<ITenantContext>().Slug is { } slug ? $"{key}.{slug}" : null;
}
