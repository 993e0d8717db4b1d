namespace YearEndAdjustment.Application.Abstractions;

/// <summary>Absolute links for mails (the public base URL is configuration, not request data).</summary>
public interface ISiteLinks
{
    /// <summary>e.g. TenantUrl("acme", "account/reset?token=…") → https://host/acme/account/reset?token=…</summary>
    string TenantUrl(string tenantSlug, string relativePath);
}
