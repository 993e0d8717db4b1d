namespace YearEndAdjustment.Application.Accounts.ManageAccount;

/// <summary>What an admin does to one account from its detail screen.</summary>
public enum AccountAction
{
    /// <summary>R-11: leavers; live sessions end at once.</summary>
    Disable,
    Enable,

    /// <summary>Clears a lockout before it expires.</summary>
    Unlock,

    /// <summary>R-15: for users without e-mail; returns a one-time initial password.</summary>
    IssueInitialPassword,

    /// <summary>Sends a fresh invitation link (the old one stops working).</summary>
    SendInvitation,

    /// <summary>Turns off two-factor authentication for a user who lost the phone.</summary>
    ResetTwoFactor,
}
