namespace YearEndAdjustment.Application.Accounts.SignIn;

/// <summary>What the web layer puts in the authentication cookie: identifiers only, re-validated on every request.</summary>
public sealed record SessionTicket(Guid AccountId, Guid SessionId, Guid TenantId, string DisplayName, string? PreferredCulture);
