namespace YearEndAdjustment.Application.Accounts.SignIn;

public enum SignInStatus
{
    /// <summary>A session was opened.</summary>
    Succeeded,

    /// <summary>The password was right; an authenticator code is needed before a session opens.</summary>
    TwoFactorRequired,

    /// <summary>Wrong ID or password, locked or disabled: one answer for all, so the ID's existence is not revealed.</summary>
    Failed,

    /// <summary>Too many attempts for this account in a short time; no hash was computed.</summary>
    RateLimited,
}
