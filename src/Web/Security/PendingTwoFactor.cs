using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using YearEndAdjustment.Web.Identity;

namespace YearEndAdjustment.Web.Security;

/// <summary>
/// Between the password step and the code step, the account waiting for its code is held in an encrypted,
/// five-minute cookie bound to the tenant; no session exists until the code is right.
/// </summary>
public sealed class PendingTwoFactor(IDataProtectionProvider provider, TimeProvider clock, CookieNames names)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private readonly IDataProtector _protector = provider.CreateProtector("YearEndAdjustment.PendingTwoFactor.v1");

    public void Remember(HttpContext context, Guid tenantId, Guid accountId)
    {
        var expires = clock.GetUtcNow().Add(Lifetime);
        var payload = $"{tenantId:N}|{accountId:N}|{expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}";
        context.Response.Cookies.Append(names.PendingTwoFactor, _protector.Protect(payload), new CookieOptions
        {
            HttpOnly = true,
            Secure = names.Secure || context.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            MaxAge = Lifetime,
        });
    }

    public Guid? Recall(HttpContext context, Guid tenantId)
    {
        if (context.Request.Cookies[names.PendingTwoFactor] is not { } value)
        {
            return null;
        }

        try
        {
            var parts = _protector.Unprotect(value).Split('|');
            var expires = DateTimeOffset.FromUnixTimeSeconds(long.Parse(parts[2], CultureInfo.InvariantCulture));
            return parts.Length == 3 && Guid.Parse(parts[0]) == tenantId && expires > clock.GetUtcNow() ? Guid.Parse(parts[1]) : null;
        }
        catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    public void Forget(HttpContext context) =>
        context.Response.Cookies.Delete(names.PendingTwoFactor, new CookieOptions { Path = "/", Secure = names.Secure || context.Request.IsHttps });
}
