namespace YearEndAdjustment.Application.Abstractions;

/// <summary>Outcome of checking a password against its stored hash.</summary>
public enum PasswordCheck
{
    /// <summary>The password does not match.</summary>
    Failed,

    /// <summary>The password matches.</summary>
    Success,

    /// <summary>The password matches but was hashed with older parameters; store a new hash.</summary>
    SuccessRehashNeeded,
}
