namespace YearEndAdjustment.Domain.Accounts;

public enum TokenPurpose
{
    /// <summary>R-13: a new user sets the first password (default 7 days).</summary>
    Invitation,

    /// <summary>R-15: a forgotten password is replaced (30 minutes).</summary>
    PasswordReset,
}
