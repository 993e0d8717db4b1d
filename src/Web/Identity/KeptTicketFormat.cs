using Microsoft.AspNetCore.Authentication;

namespace YearEndAdjustment.Web.Identity;

/// <summary>
/// ADR 0062: the sign-in cookie is unprotected (authenticated decryption under a derived key, then the ticket's binary
/// form read back) on every request, for the same text each time. A node keeps the tickets it has unprotected, keyed by
/// the exact protected text: a hit is a text this node already verified, so it proves no less. Callers get a copy, never
/// the kept ticket. The session check that follows (ADR 0060) still decides whether the session is alive.
/// </summary>
public sealed class KeptTicketFormat(ISecureDataFormat<AuthenticationTicket> inner, TimeProvider clock) : ISecureDataFormat<AuthenticationTicket>
{
    /// <summary>A kept ticket is verified again after this age (a retired key stops working within it).</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    // Beyond this many the whole set is dropped and refilled from the live cookies: simple, and bounded.
    private const int Capacity = 10_000;

    private readonly Caching.KeptEntries<AuthenticationTicket> _kept = new(Capacity, MaxAge, clock);

    internal int KeptCount => _kept.Count;

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        // A purpose (TLS token binding) is part of what is verified; such texts are not kept.
        if (protectedText is null || purpose is not null)
        {
            return inner.Unprotect(protectedText, purpose);
        }

        if (_kept.TryGet(protectedText, out var kept))
        {
            return Copy(kept);
        }

        var ticket = inner.Unprotect(protectedText);
        if (ticket is null)
        {
            return null;
        }

        _kept.Set(protectedText, ticket);
        return Copy(ticket);
    }

    // ClaimsPrincipal.Clone shares its identities; each identity is cloned so no caller can add to the kept one.
    private static AuthenticationTicket Copy(AuthenticationTicket ticket) =>
        new(new System.Security.Claims.ClaimsPrincipal(ticket.Principal.Identities.Select(i => i.Clone())), ticket.Properties.Clone(), ticket.AuthenticationScheme);
}
