namespace YearEndAdjustment.Domain.Accounts;

/// <summary>The category of a sign-in attempt kept in the login history. Stored as text.</summary>
public enum SignInOutcome
{
    Succeeded,
    WrongPassword,
    UnknownLoginId,
    LockedOut,
    Disabled,
    RateLimited,
    TwoFactorFailed,
    TwoFactorRequired,
}
