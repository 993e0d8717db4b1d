namespace YearEndAdjustment.Web.Identity;

/// <summary>
/// __Host- binds a cookie to this host, HTTPS and path "/" (no subdomain can set or read it); it is used whenever
/// cookies are Secure. The tenant slug is appended to the authentication cookie per tenant.
/// </summary>
public sealed record CookieNames(bool Secure)
{
    public string Auth => Secure ? "__Host-yea" : "yea";

    public string PendingTwoFactor => Secure ? "__Host-yea-2fa" : "yea-2fa";
}
